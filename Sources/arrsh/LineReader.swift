import ArrayEngine
import Foundation

/// What one attempt to read a line produced.
enum LineRead: Equatable {
    /// A line, without its trailing newline.
    case line(String)
    /// A line that is not UTF-8, as its raw bytes: the session reports it as Python does.
    case undecodable([UInt8])
    /// Ctrl-C at the prompt.
    case interrupted
    /// Ctrl-D on an empty line, or the end of a pipe or file.
    case endOfInput
}

/// A source of input lines: the libedit editor on a terminal, or plain standard input.
protocol LineReader: AnyObject {
    func read(prompt: String) -> LineRead
}

/// Reads standard input without prompts (pipes, files, tests) as raw bytes, so a line
/// that is not UTF-8 is reported rather than silently repaired, and a line of any
/// length is read in one piece. A Ctrl-C while it waits is `.interrupted`.
final class PlainLineReader: LineReader {
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    /// The first byte of `buffer` not yet returned.
    private var start = 0
    private var atEnd = false
    /// Set when the last wait for input ended with a Ctrl-C.
    private var interrupted = false

    init(descriptor: Int32 = STDIN_FILENO) { self.descriptor = descriptor }

    func read(prompt: String) -> LineRead {
        guard let bytes = nextLine() else { return interrupted ? .interrupted : .endOfInput }
        guard let text = String(validating: bytes, as: UTF8.self) else { return .undecodable(bytes) }
        return .line(text)
    }

    /// The next line without its `\n` (or `\r\n`); the last line may lack one. Nil at
    /// the end of input, or when a Ctrl-C interrupted the wait (`interrupted`).
    private func nextLine() -> [UInt8]? {
        interrupted = false
        var scanned = start
        while true {
            if let newline = buffer[scanned...].firstIndex(of: UInt8(ascii: "\n")) {
                let end = newline > start && buffer[newline - 1] == UInt8(ascii: "\r") ? newline - 1 : newline
                let line = Array(buffer[start..<end])
                start = newline + 1
                return line
            }
            scanned = buffer.count
            if atEnd || !fill(keepingFrom: &scanned) {
                guard start < buffer.count, !interrupted else { return nil }
                defer { start = buffer.count }
                return Array(buffer[start...])
            }
        }
    }

    /// Drops the bytes already returned and appends the next chunk of input; false at
    /// its end or for a Ctrl-C. `scanned` moves with the bytes it indexes.
    private func fill(keepingFrom scanned: inout Int) -> Bool {
        buffer.removeFirst(start)
        scanned -= start
        start = 0
        let chunk = 1 << 16
        let old = buffer.count
        buffer += repeatElement(0, count: chunk)
        while true {
            guard Interrupt.waitForInput(on: descriptor) else {
                Interruption.clear()
                buffer.removeLast(chunk)
                interrupted = true
                return false
            }
            let count = buffer.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress! + old, chunk) }
            if count < 0, errno == EINTR || errno == EAGAIN { continue }
            buffer.removeLast(chunk - max(count, 0))
            if count <= 0 { atEnd = true }
            return count > 0
        }
    }
}
