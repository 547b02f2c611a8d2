#if !LIBFUZZER
import Foundation

/// `arrsh-fuzz` built plainly (`swift build`): replays inputs through the harness, so it
/// always compiles and a finding can be rerun without the fuzzer. `Fuzz/run` builds it
/// with `-sanitize=fuzzer,address -DLIBFUZZER` instead: this file is then left out and
/// libFuzzer's own `main` drives `LLVMFuzzerTestOneInput`.
@main
enum FuzzMain {
    static func main() {
        exit(replay(Array(CommandLine.arguments.dropFirst())))
    }

    /// Runs each input file (every file of a folder given), or standard input when
    /// none is given; a crash or trap is the finding, as under libFuzzer.
    static func replay(_ arguments: [String]) -> Int32 {
        let paths = arguments.filter { !$0.hasPrefix("-") }
        if paths.count < arguments.count {
            print(
                "arrsh-fuzz: built without libFuzzer (Fuzz/run builds it with); ignoring the flags, replaying the inputs"
            )
        }
        var inputs: [String] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                FileHandle.standardError.write(Data("arrsh-fuzz: no such file: \(path)\n".utf8))
                return 2
            }
            if isFolder.boolValue {
                do {
                    inputs += try FileManager.default.contentsOfDirectory(atPath: path).sorted().map { path + "/" + $0 }
                } catch {
                    FileHandle.standardError.write(Data("arrsh-fuzz: cannot list \(path): \(error)\n".utf8))
                    return 2
                }
            } else {
                inputs.append(path)
            }
        }
        var count = 0
        if paths.isEmpty {
            run(FileHandle.standardInput.readDataToEndOfFile())
            count = 1
        }
        for input in inputs {
            guard let data = FileManager.default.contents(atPath: input) else {
                FileHandle.standardError.write(Data("arrsh-fuzz: cannot read \(input)\n".utf8))
                return 2
            }
            run(data)
            count += 1
        }
        print("arrsh-fuzz: replayed \(count) input\(count == 1 ? "" : "s") without a finding")
        return 0
    }

    private static func run(_ data: Data) {
        let bytes = [UInt8](data)
        _ = bytes.withUnsafeBufferPointer { fuzzSession($0.baseAddress, $0.count) }
    }
}
#endif
