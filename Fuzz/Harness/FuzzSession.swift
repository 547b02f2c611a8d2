import ArrayEngine
import ArrayShell

/// libFuzzer's entry point: the input is source text, fed line by line to a fresh
/// `Session`, exactly as `arrsh < input` would (lexer, parser, interpreter, engine,
/// printing). Output is captured and dropped; a crash, trap, hang or sanitizer
/// report is the finding.
///
/// One check beyond "does not crash": every error the session reports is a
/// Python exception line, `Name` or `Name: message`, as LANGUAGE.md §7 requires.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSession(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    // Swift collections may not outgrow ASan's allocation cap (Fuzz/run): beyond it,
    // arrsh must answer MemoryError before allocating, as it does beyond physical memory.
    MemoryLimit.bytes = 512 << 20
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    var printed = 0
    let session = Session(
        options: .init(stableIds: true),
        output: { printed &+= $0.utf8.count },
        errors: checkErrorLine)
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
        session.feed(String(line))
        if session.exitRequested { break }
    }
    session.finish()
    return 0
}

/// Traps when a reported error does not start with an exception name (a class the
/// input defines may have any identifier for a name: `class err(Exception)`).
private func checkErrorLine(_ text: String) {
    let name = text.prefix { $0 != ":" && $0 != "\n" }
    let isName =
        name.first.map { $0.isLetter || $0 == "_" } == true
        && name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
    if !isName {
        print("error line without an exception name: \(text.debugDescription)")
        abort()
    }
}

#if canImport(Glibc)
import Glibc
#endif
