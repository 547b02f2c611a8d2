import ArrayShell
import Foundation

/// Feeds lines to a session without a prompt: `-c`, files and pipes.
enum Runner {
    static func run(lines: [String], in session: Session) -> Int32 {
        for line in lines {
            session.feed(line)
            if session.exitRequested { return status(of: session) }
        }
        session.finish()
        return status(of: session)
    }

    static func run(reader: LineReader, in session: Session) -> Int32 {
        while case .line(let line) = reader.read(prompt: "") {
            session.feed(line)
            if session.exitRequested { return status(of: session) }
        }
        session.finish()
        return status(of: session)
    }

    static func status(of session: Session) -> Int32 { session.hadError ? 1 : 0 }
}

/// Reading a script file, with Python's message when it cannot be opened.
enum Script {
    static func read(_ path: String) -> String? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            Output.standardError.write("arrsh: can't open file '\(path)': [Errno 2] No such file or directory\n")
            return nil
        }
        if isDirectory.boolValue {
            Output.standardError.write("arrsh: can't open file '\(path)': [Errno 21] Is a directory\n")
            return nil
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            Output.standardError.write("arrsh: can't open file '\(path)': [Errno 13] Permission denied\n")
            return nil
        }
        guard let text = String(data: data, encoding: .utf8), !text.utf8.contains(0) else {
            Output.standardError.write("arrsh: can't run file '\(path)': it is not UTF-8 text\n")
            return nil
        }
        return text
    }

    /// The file's lines; a final newline does not make an extra empty line.
    ///
    /// Split as UTF-8 bytes: splitting the String by Characters cost as much as
    /// running a script of small statements (and kept "\r\n" as one Character).
    static func lines(_ text: String) -> [String] {
        var lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { line in
            String(Substring(line.last == UInt8(ascii: "\r") ? line.dropLast() : line))
        }
        if lines.last == "" { lines.removeLast() }
        return lines
    }
}
