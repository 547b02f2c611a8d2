// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "arrsh",
    products: [
        .executable(name: "arrsh", targets: ["arrsh"]),
        .library(name: "ArrayEngine", targets: ["ArrayEngine"]),
        .library(name: "ArrayShell", targets: ["ArrayShell"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/attaswift/BigInt", from: "6.0.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        .target(name: "ArrayEngine", dependencies: ["ZIPFoundation"]),
        .target(name: "ArrayShell", dependencies: ["ArrayEngine", .product(name: "BigInt", package: "BigInt")]),
        .executableTarget(
            name: "arrsh",
            dependencies: [
                "ArrayShell",
                "CEditLine",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "ArrayEngineTests", dependencies: ["ArrayEngine"], exclude: ["Fixtures"]),
        .testTarget(name: "ArrayShellTests", dependencies: ["ArrayShell"]),
        .testTarget(name: "arrshTests", dependencies: ["arrsh"], exclude: ["Fixtures"]),
    ]
)
