/// What one attempt to read a line produced.
enum LineRead: Equatable {
    /// A line, without its trailing newline.
    case line(String)
    /// Ctrl-C at the prompt.
    case interrupted
    /// Ctrl-D on an empty line, or the end of a pipe or file.
    case endOfInput
}

/// A source of input lines: the libedit editor on a terminal, or plain standard input.
protocol LineReader: AnyObject {
    func read(prompt: String) -> LineRead
}

/// Reads standard input without prompts (pipes, files, tests).
final class PlainLineReader: LineReader {
    func read(prompt: String) -> LineRead {
        guard let line = readLine(strippingNewline: true) else { return .endOfInput }
        return .line(line)
    }
}
