import ArrayEngine
import Foundation

/// `%timeit STMT`, with IPython's loop choice and report format:
/// `1.23 µs ± 0.05 µs per loop (mean ± std. dev. of 7 runs, 100,000 loops each)`.
extension Session {
    static let timeitRepeats = 7

    func timeit(_ source: String) {
        do throws(PythonError) {
            // IPython compiles the statement into a function `inner` whose globals are the
            // session's variables: the names it assigns are locals, gone after each run.
            let code = try Parser.parseFunctionBody(source, name: "inner")
            guard !code.body.isEmpty else {
                report(PythonError("UsageError", "%timeit requires a statement"))
                return
            }
            // IPython's `inner` is then a generator, and comparing its result with a time fails.
            if code.isGenerator {
                throw PythonError("TypeError", "'>=' not supported between instances of 'generator' and 'float'")
            }
            let interpreter = self.interpreter
            // IPython: the first power of ten whose total time reaches 0.2 s.
            var loops = 1
            for exponent in 0..<10 {
                loops = Self.power(10, exponent)
                if try Self.measure(loops, code, in: interpreter) >= 0.2 { break }
            }
            var perLoop: [Double] = []
            for _ in 0..<Self.timeitRepeats {
                perLoop.append(try Self.measure(loops, code, in: interpreter) / Double(loops))
            }
            let mean = perLoop.reduce(0, +) / Double(perLoop.count)
            let deviation = (perLoop.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(perLoop.count))
                .squareRoot()
            let runs = Self.timeitRepeats
            output(
                "\(Self.timeText(mean)) ± \(Self.timeText(deviation)) per loop (mean ± std. dev. of \(runs) run\(runs == 1 ? "" : "s"), \(loops.grouped) loop\(loops == 1 ? "" : "s") each)\n"
            )
        } catch {
            report(error)
        }
    }

    private static func power(_ base: Int, _ exponent: Int) -> Int {
        (0..<exponent).reduce(1) { result, _ in result * base }
    }

    /// Seconds one call of IPython's `inner` takes: `loops` runs of the body in one new frame.
    private static func measure(_ loops: Int, _ code: FunctionCode, in interpreter: Interpreter)
        throws(PythonError) -> Double
    {
        let frame = Frame(scope: code.scope, parent: nil, code: code)
        let body = code.compiledBody
        let start = DispatchTime.now().uptimeNanoseconds
        try interpreter.within(frame) { () throws(PythonError) in
            for _ in 0..<loops {
                try Interruption.check()
                let flow = try body(interpreter)
                if flow.isNormal { continue }
                // IPython's `inner` would return the value in place of its time: refused instead.
                if case .returnValue = flow { throw .syntax("'return' outside function") }
            }
        }
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    /// IPython's `_format_time`: three significant digits in s, ms, µs or ns.
    static func timeText(_ seconds: Double) -> String {
        let units = ["s", "ms", "µs", "ns"]
        let scales = [1.0, 1e3, 1e6, 1e9]
        var order = 3
        if seconds > 0 {
            let exponent = log10(seconds).rounded(.down)
            order = max(0, min(-Int((exponent / 3).rounded(.down)), 3))
        }
        return String(format: "%.3g", seconds * scales[order]) + " " + units[order]
    }
}
