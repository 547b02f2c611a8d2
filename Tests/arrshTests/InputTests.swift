import Foundation
import Testing

/// Standard input as a pipe delivers it: raw bytes, lines of any length.
@Suite("Standard input")
struct InputTests {
    @Test("a line that is not UTF-8 is a SyntaxError for that line; the rest runs")
    func undecodableLineIsSyntaxError() throws {
        let input =
            Array("x = 1\n".utf8) + [0xFF] + Array(" = 2\nprint(x)\n".utf8)
            + Array("print('caf".utf8) + [0xC3] + Array("')\nprint('end')\n".utf8)
        let run = try runArrsh([], stdinBytes: input)
        #expect(
            run.output == """
                SyntaxError: (unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte
                1
                SyntaxError: (unicode error) 'utf-8' codec can't decode byte 0xc3 in position 10: invalid continuation byte
                end

                """)
        #expect(run.status == 1)
    }

    @Test("10 MB lines are read whole: a string literal and a comment")
    func tenMegabyteLines() throws {
        // Under AddressSanitizer (.ci/run's second pass) every byte costs far more: 1 MB there.
        let megabytes = ProcessInfo.processInfo.environment["ASAN_OPTIONS"] == nil ? 10 << 20 : 1 << 20
        let input =
            "s = '" + String(repeating: "a", count: megabytes) + "'\n"
            + "# " + String(repeating: "c", count: megabytes) + "\n"
            + "len(s)\n"
        let run = try runArrsh([], stdin: input, timeout: 120)
        #expect(run.output == "\(megabytes)\n")
        #expect(run.status == 0)
    }

    @Test("\\r\\n line ends and a last line without a newline")
    func lineEnds() throws {
        let run = try runArrsh([], stdin: "x = 2\r\nprint(x * 3)\r\nx")
        #expect(run.output == "6\n2\n")
    }
}
