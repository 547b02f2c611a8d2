import Foundation
import Testing

/// Each benchmark workload (`Benchmarks/workloads/*.py`), shrunk to the scale
/// of `Benchmarks/checksums.txt`, must still run in arrsh and print the line
/// Python + NumPy printed for it there. No timing is checked here: speed is
/// `Benchmarks/run`'s business.
@Suite("Benchmark checksums")
struct BenchmarkChecksumTests {
    @Test("arrsh prints NumPy's checksum for each benchmark workload", arguments: BenchmarkWorkloads.names)
    func workloadPrintsNumPysChecksum(_ name: String) throws {
        let checksums = try BenchmarkWorkloads.checksums()
        let expected = try #require(
            checksums.lines[name], "Benchmarks/checksums.txt has no line for \(name): run Benchmarks/make-checksums")
        let source = try String(
            contentsOf: BenchmarkWorkloads.directory.appendingPathComponent(name + ".py"), encoding: .utf8)
        let script = FileManager.default.temporaryDirectory
            .appendingPathComponent("arrsh-bench-\(ProcessInfo.processInfo.processIdentifier)-\(name).py")
        try BenchmarkWorkloads.expand(source, scale: checksums.scale).write(
            to: script, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: script) }

        let run = try runArrsh([script.path], timeout: 120)
        #expect(run.output == expected + "\n", "\(name) at scale \(checksums.scale)")
        #expect(run.status == 0)
    }

    /// A per-call workload is timed only by `Benchmarks/run`; here each statement runs
    /// once after the set-up, so a statement arrsh refuses fails here, not in the runner.
    @Test("each per-call (.timeit) workload's statements run in arrsh", arguments: BenchmarkWorkloads.perCallNames)
    func perCallStatementsRun(_ name: String) throws {
        let source = try String(
            contentsOf: BenchmarkWorkloads.directory.appendingPathComponent(name + ".timeit"), encoding: .utf8)
        let statements = source.split(separator: "\n").filter { $0.hasPrefix("%timeit ") }
        #expect(!statements.isEmpty, "\(name) times no statement")
        let once = source.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasPrefix("%timeit ") ? $0.dropFirst("%timeit ".count) : $0 }
            .joined(separator: "\n")
        let script = FileManager.default.temporaryDirectory
            .appendingPathComponent("arrsh-bench-\(ProcessInfo.processInfo.processIdentifier)-\(name).py")
        try once.write(to: script, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: script) }

        let run = try runArrsh([script.path], timeout: 120)
        #expect(run.status == 0, "\(name): \(run.output)")
        #expect(!run.output.contains("Error"), "\(name): \(run.output)")
    }

    @Test("every workload has a checksum and every checksum a workload")
    func workloadsAndChecksumsMatch() throws {
        let checksums = try BenchmarkWorkloads.checksums()
        #expect(BenchmarkWorkloads.names.count >= 14)
        #expect(Set(checksums.lines.keys) == Set(BenchmarkWorkloads.names))
    }

    @Test("the size and repeat markers expand as Benchmarks/benchlib.py expands them")
    func markersExpand() {
        let source = "n = 1_000  # bench-size\n# bench-repeat 300\nx = 1\n# bench-end\nprint(n)"
        #expect(BenchmarkWorkloads.expand(source, scale: 0.01) == "n = 10\nx = 1\nx = 1\nx = 1\nprint(n)")
        #expect(BenchmarkWorkloads.expand(source, scale: 0.0001) == "n = 1\nx = 1\nprint(n)")
    }
}

/// The workload scripts and the checksums NumPy printed for them.
enum BenchmarkWorkloads {
    static let benchmarks = ArrshBinary.packageRoot.appendingPathComponent("Benchmarks")
    static let directory = benchmarks.appendingPathComponent("workloads")

    /// The workloads' names; a folder that cannot be listed gives one name that fails
    /// with the reason, never zero cases that pass.
    static let names: [String] = {
        do {
            let files = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            return files.filter { $0.hasSuffix(".py") }.map { String($0.dropLast(3)) }.sorted()
        } catch {
            return ["(cannot list \(directory.path): \(error))"]
        }
    }()

    /// The per-call workloads (`*.timeit`), listed as `names` lists the scripts.
    static let perCallNames: [String] = {
        do {
            let files = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            return files.filter { $0.hasSuffix(".timeit") }.map { String($0.dropLast(".timeit".count)) }.sorted()
        } catch {
            return ["(cannot list \(directory.path): \(error))"]
        }
    }()

    /// `Benchmarks/checksums.txt`: a `# scale S` line, comments, then `name<TAB>output` lines.
    static func checksums() throws -> (scale: Double, lines: [String: String]) {
        let text = try String(contentsOf: benchmarks.appendingPathComponent("checksums.txt"), encoding: .utf8)
        var scale = 1.0
        var lines: [String: String] = [:]
        for line in text.split(separator: "\n") {
            if line.hasPrefix("# scale "), let value = Double(line.dropFirst("# scale ".count)) {
                scale = value
            } else if !line.hasPrefix("#"), let tab = line.firstIndex(of: "\t") {
                lines[String(line[..<tab])] = String(line[line.index(after: tab)...])
            }
        }
        return (scale, lines)
    }

    /// The rule of `expand` in `Benchmarks/benchlib.py`: integers on `# bench-size`
    /// lines times the scale (truncated, at least 1); `# bench-repeat N` blocks
    /// written out N times the scale (at least once).
    static func expand(_ source: String, scale: Double) -> String {
        var out: [Substring] = []
        var block: [Substring]?
        var count = 0
        for line in source.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if var lines = block {
                if trimmed == "# bench-end" {
                    for _ in 0..<count { out += lines }
                    block = nil
                } else {
                    lines.append(line)
                    block = lines
                }
                continue
            }
            if trimmed.hasPrefix("# bench-repeat "), let n = integer(trimmed.dropFirst("# bench-repeat ".count)) {
                block = []
                count = scaled(n, scale)
                continue
            }
            if let marker = line.range(of: "# bench-size"), let equals = line.firstIndex(of: "="),
                let n = integer(line[line.index(after: equals)..<marker.lowerBound])
            {
                out.append(line[...equals] + " \(scaled(n, scale))")
                continue
            }
            out.append(line)
        }
        return out.joined(separator: "\n")
    }

    private static func integer(_ text: Substring) -> Int? {
        Int(text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "_", with: ""))
    }

    private static func scaled(_ value: Int, _ scale: Double) -> Int {
        max(1, Int(Double(value) * scale))
    }
}
