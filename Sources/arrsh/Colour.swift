/// ANSI colours for the terminal (used only when colour is on).
enum Colour {
    /// Error and warning lines in red; the newline stays outside the colour.
    static func red(_ text: String) -> String {
        guard text.hasSuffix("\n") else { return "\u{1B}[31m" + text + "\u{1B}[0m" }
        return "\u{1B}[31m" + text.dropLast() + "\u{1B}[0m\n"
    }
}
