import ArrayShell
import Foundation

/// Feeds lines to a session without a prompt: `-c`, files and pipes.
enum Runner {
    static func run(lines: [String], in session: Session) -> Int32 {
        var status: Int32 = 0
        session.feedingBatch { status = feed(lines, in: session) }
        return status
    }

    private static func feed(_ lines: [String], in session: Session) -> Int32 {
        for line in lines {
            session.feed(line)
            if session.exitRequested { return session.exitStatus }
        }
        session.finish()
        return session.exitStatus
    }

    static func run(reader: LineReader, in session: Session) -> Int32 {
        var status: Int32 = 0
        session.feedingBatch { status = feed(reader, in: session) }
        return status
    }

    private static func feed(_ reader: LineReader, in session: Session) -> Int32 {
        reading: while true {
            switch reader.read(prompt: "") {
            case .line(let line): session.feed(line)
            case .undecodable(let bytes): session.feed(utf8: bytes)
            case .interrupted: continue
            case .endOfInput: break reading
            }
            if session.exitRequested { return session.exitStatus }
        }
        session.finish()
        return session.exitStatus
    }
}

/// Reading a script file, with Python's message when it cannot be opened.
enum Script {
    /// The file's text, or nil after one error line (the caller exits with status 2).
    static func read(_ path: String) -> String? {
        let bytes: [UInt8]
        do {
            bytes = try contents(of: path)
        } catch {
            Output.standardError.write(
                "arrsh: can't open file '\(path)': [Errno \(error.code)] \(String(cString: strerror(error.code)))\n")
            return nil
        }
        if bytes.contains(0) {
            Output.standardError.write("arrsh: can't run file '\(path)': source code cannot contain null bytes\n")
            return nil
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let line =
                bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
                .firstIndex { String(validating: $0, as: UTF8.self) == nil } ?? 0
            Output.standardError.write("arrsh: can't run file '\(path)': line \(line + 1) is not UTF-8 text\n")
            return nil
        }
        return text
    }

    /// An `errno` from opening or reading a file.
    struct OSError: Error {
        let code: Int32
    }

    /// The whole file, read with the system calls, so that every failure reports its own errno.
    private static func contents(of path: String) throws(OSError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw OSError(code: errno) }
        defer { close(descriptor) }
        var status = stat()
        if fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFDIR { throw OSError(code: EISDIR) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw OSError(code: errno)
            }
            if count == 0 { return bytes }
            bytes += chunk[..<count]
        }
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
