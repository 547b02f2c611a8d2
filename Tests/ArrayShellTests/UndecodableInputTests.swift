import ArrayShell
import Testing

/// Lines that are not UTF-8: Python's interactive interpreter reports each as a
/// SyntaxError with its UTF-8 decoder's words, and goes on with the next line.
@Suite("Undecodable input")
struct UndecodableInputTests {
    @Test(
        "a line that is not UTF-8 is one SyntaxError with CPython's decoder message",
        arguments: [
            ([0xFF], "byte 0xff in position 0: invalid start byte"),
            (Array("x = 1 ".utf8) + [0x80], "byte 0x80 in position 6: invalid start byte"),
            ([0xC0, 0x80], "byte 0xc0 in position 0: invalid start byte"),
            ([0xE2, 0x28, 0xA1], "byte 0xe2 in position 0: invalid continuation byte"),
            ([0xE2, 0x82], "bytes in position 0-1: unexpected end of data"),
            ([0xE2, 0x82, 0x28], "bytes in position 0-1: invalid continuation byte"),
            ([0xED, 0xA0, 0x80], "byte 0xed in position 0: invalid continuation byte"),
            ([0xF0, 0x9F, 0x98], "bytes in position 0-2: unexpected end of data"),
            ([0xF4, 0x90, 0x80, 0x80], "byte 0xf4 in position 0: invalid continuation byte"),
        ] as [([UInt8], String)])
    func reportsDecoderError(line: [UInt8], problem: String) {
        var errors = ""
        var output = ""
        let session = Session(output: { output += $0 }, errors: { errors += $0 })
        session.feed(utf8: line)
        session.feed("print('next')")
        #expect(errors == "SyntaxError: (unicode error) 'utf-8' codec can't decode \(problem)\n")
        #expect(output == "next\n")
        #expect(session.hadError)
    }

    @Test("valid UTF-8 bytes run like text, and an undecodable line ends the statement it continued")
    func validBytesRunAndBadLineEndsStatement() {
        var errors = ""
        var output = ""
        let session = Session(output: { output += $0 }, errors: { errors += $0 })
        session.feed(utf8: Array("s = 'café'; len(s)".utf8))
        session.feed(utf8: Array("x = (1,".utf8))
        session.feed(utf8: [0xFF, 0x29])
        #expect(!session.isContinuing)
        session.feed("x = 2; x")
        #expect(output == "4\n2\n")
        #expect(
            errors
                == "SyntaxError: (unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte\n"
        )
    }
}
