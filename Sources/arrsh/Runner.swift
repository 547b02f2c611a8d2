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
        reading: while true {
            switch reader.read(prompt: "") {
            case .line(let line): session.feed(line)
            case .undecodable(let bytes): session.feed(utf8: bytes)
            case .interrupted: continue
            case .endOfInput: break reading
            }
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
        guard let text = String(data: data, encoding: .utf8), !data.contains(0) else {
            Output.standardError.write("arrsh: can't run file '\(path)': it is not UTF-8 text\n")
            return nil
        }
        return text
    }

    /// The file's lines; a final newline does not make an extra empty line.
    static func lines(_ text: String) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines.map { $0.hasSuffix("\r") ? String($0.dropLast()) : $0 }
    }
}
