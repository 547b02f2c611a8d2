// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "arrsh",
    products: [
        .executable(name: "arrsh", targets: ["arrsh"]),
        .library(name: "ArrayEngine", targets: ["ArrayEngine"]),
        .library(name: "ArrayShell", targets: ["ArrayShell"]),
        // The fuzz harness (Fuzz/README.md): `swift build` makes a replayer, `Fuzz/run` the fuzzer.
        .executable(name: "arrsh-fuzz", targets: ["arrsh-fuzz"]),
    ],
    dependencies: [
        // Up to the next minor version: the committed manual page and completion scripts
        // are this parser's output (docs/regenerate-cli-files), and a new minor may change them.
        .package(url: "https://github.com/apple/swift-argument-parser", .upToNextMinor(from: "1.8.2")),
        // 0.x: a minor version may break the API.
        .package(url: "https://github.com/weichsel/ZIPFoundation", .upToNextMinor(from: "0.9.20")),
        .package(url: "https://github.com/attaswift/BigInt", from: "6.0.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        // The C library's complex functions, which NumPy's complex ufuncs call.
        .target(name: "CComplexMath", linkerSettings: [.linkedLibrary("m")]),
        .target(
            name: "ArrayEngine", dependencies: ["ZIPFoundation", "CComplexMath"],
            // Making a view reads and writes class properties (the buffer's array count, the
            // view's flags): their run-time exclusivity checks were 8% of `b = a[1:4]`. Debug
            // builds keep the checks.
            swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]
        ),
        .target(
            name: "ArrayShell", dependencies: ["ArrayEngine", .product(name: "BigInt", package: "BigInt")],
            // The interpreter's loops read and write class properties at every step (the current
            // frame, variable slots, name memos): checking each access for exclusivity at run time
            // was 15% of a loop (Benchmarks/RESULTS.md). Debug builds keep the checks.
            swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]
        ),
        .executableTarget(
            name: "arrsh",
            dependencies: [
                "ArrayShell",
                "CEditLine",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // A position-dependent executable: a position-independent one has 79,000 pointers
            // to relocate at every start, which wrote to 160 pages (3% of start-up).
            linkerSettings: [.unsafeFlags(["-Xclang-linker", "-no-pie"], .when(configuration: .release))]
        ),
        .executableTarget(
            name: "arrsh-fuzz",
            dependencies: ["ArrayShell", "ArrayEngine"],
            path: "Fuzz/Harness"
        ),
        .testTarget(name: "ArrayEngineTests", dependencies: ["ArrayEngine"], exclude: ["Fixtures"]),
        .testTarget(name: "ArrayShellTests", dependencies: ["ArrayShell"]),
        .testTarget(name: "arrshTests", dependencies: ["arrsh", "ArrayShell"], exclude: ["Fixtures"]),
    ]
)
