import ArrayShell
import CEditLine
import Glibc

/// The interactive line reader: libedit's native API with emacs keys, Tab
/// completion and a history that can persist in a file.
///
/// Use it only when standard input and output are terminals; elsewhere read
/// standard input plainly, so piped lines never reach the history file.
final class LineEditor: LineReader {
    /// Brackets terminal escapes in the prompt so libedit gives them no width.
    private static let invisibleMarker: CChar = 1
    /// Lines kept in memory and in the file; older ones are dropped.
    private static let historyLimit: Int32 = 10_000

    private let editor: OpaquePointer
    private let history: OpaquePointer
    /// Where history is saved; nil when not persisting or the file was unreadable.
    private let historyFile: String?
    private let colorPrompt: Bool
    private let completer: (String) -> Completion
    /// The NUL-terminated prompt libedit reads on every redraw.
    private var prompt: UnsafeMutableBufferPointer<CChar>
    private var saveFailureReported = false
    /// Lines remembered but not yet in the history file: a save that fails (a full
    /// disk) keeps them for the next one, so none is lost.
    private var unsaved: [String] = []

    /// An editor on standard input and output, or nil if libedit cannot start.
    ///
    /// - Parameters:
    ///   - historyFile: the file to load history from and save it to after
    ///     each remembered line; nil keeps history in memory only.
    ///   - colorPrompt: draw prompts in bold green.
    ///   - completer: the candidates for the text before the cursor.
    init?(historyFile: String?, colorPrompt: Bool = false, completer: @escaping (String) -> Completion) {
        Self.selectUTF8Locale()
        guard let editor = arrsh_el_init("arrsh") else { return nil }
        guard let history = history_init() else {
            el_end(editor)
            return nil
        }
        self.editor = editor
        self.history = history
        self.colorPrompt = colorPrompt
        self.completer = completer
        prompt = .allocate(capacity: 1)
        prompt[0] = 0
        arrsh_history_set_size(history, Self.historyLimit)
        arrsh_history_set_unique(history, 1)
        self.historyFile = historyFile.flatMap { Self.loadHistory(from: $0, into: history) }
        configure()
    }

    deinit {
        el_end(editor)
        history_end(history)
        prompt.deallocate()
    }

    func read(prompt text: String) -> LineRead {
        setPrompt(text)
        _ = Interrupt.take() // a Ctrl-C nobody polled must not cut short the next command
        var count: Int32 = 0
        guard let line = el_gets(editor, &count) else {
            // -1 is a failed read: EINTR from Ctrl-C, or e.g. EIO from a
            // closed terminal, which must end input rather than loop.
            let failure = errno
            let requested = Interrupt.take()
            return count == -1 && (requested || failure == EINTR) ? .interrupted : .endOfInput
        }
        let text = String(cString: line)
        return .line(
            text.utf8.last == UInt8(ascii: "\n") ? String(decoding: text.utf8.dropLast(), as: UTF8.self) : text)
    }

    /// Adds a line the caller accepted as real input to the history (blank
    /// lines are skipped) and saves the history file.
    func remember(_ line: String) {
        guard line.contains(where: { !$0.isWhitespace }) else { return }
        arrsh_history_enter(history, line)
        unsaved.append(line)
        saveHistory()
    }

    // MARK: - Setup

    /// libedit drops non-ASCII keystrokes unless the character type is UTF-8,
    /// so fall back to C.UTF-8 when the environment names another codeset.
    /// Numbers keep C formatting (a "." decimal point) whatever the locale.
    private static func selectUTF8Locale() {
        setlocale(LC_ALL, "")
        setlocale(LC_NUMERIC, "C")
        if String(cString: nl_langinfo(nl_item(CODESET))) != "UTF-8" {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
    }

    private func configure() {
        arrsh_el_set_clientdata(editor, Unmanaged.passUnretained(self).toOpaque())
        arrsh_el_set_prompt(editor, { LineEditor.owner(of: $0)?.prompt.baseAddress }, Self.invisibleMarker)
        arrsh_el_set_editor(editor, "emacs")
        arrsh_el_set_signal(editor, 1)
        arrsh_el_set_reader(editor, Self.readCharacter)
        arrsh_el_set_history(editor, history)
        arrsh_el_add_function(editor, "arrsh-complete", "Complete the word before the cursor") { editor, _ in
            LineEditor.owner(of: editor)?.complete() ?? UInt8(CC_ERROR)
        }
        arrsh_el_add_function(editor, "arrsh-delete-or-eof", "End input on an empty line, else delete") { editor, _ in
            LineEditor.owner(of: editor)?.deleteOrEndInput() ?? UInt8(CC_ERROR)
        }
        arrsh_el_bind(editor, "^I", "arrsh-complete")
        arrsh_el_bind(editor, "^D", "arrsh-delete-or-eof")
        arrsh_el_bind(editor, "^R", "em-inc-search-prev")
        arrsh_el_bind(editor, "\u{1B}[1;5D", "ed-prev-word") // Ctrl-Left
        arrsh_el_bind(editor, "\u{1B}[1;5C", "em-next-word") // Ctrl-Right
        el_source(editor, nil) // ~/.editrc, so users can rebind keys
    }

    /// The terminal opened again, non-blocking, for reading: Ctrl-C empties the input
    /// the wait just saw, and a blocking read would then wait for the next key with
    /// the Ctrl-C missed. (Standard input's own flags are shared with the parent shell.)
    private static let terminalInput: Int32 = {
        guard let name = ttyname(STDIN_FILENO) else { return STDIN_FILENO }
        let descriptor = open(name, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        return descriptor >= 0 ? descriptor : STDIN_FILENO
    }()

    /// Reads one character for libedit, whose own reader blocks in `read` and so misses
    /// a Ctrl-C pressed while it was drawing: this one waits for input or Ctrl-C
    /// (`Interrupt.waitForInput`), then decodes UTF-8 (the locale is UTF-8, see
    /// `selectUTF8Locale`), dropping invalid bytes as libedit does. 1 with a character,
    /// 0 at the end of input, -1 with `errno` EINTR for Ctrl-C or another error.
    private static let readCharacter: el_rfunc_t = { _, character in
        var bytes: [UInt8] = []
        while true {
            guard Interrupt.waitForInput(on: terminalInput) else {
                errno = EINTR
                return -1
            }
            var byte: UInt8 = 0
            let count = Glibc.read(terminalInput, &byte, 1)
            if count < 0, errno == EINTR || errno == EAGAIN { continue } // emptied by Ctrl-C
            guard count > 0 else { return Int32(count) }
            // A byte that cannot continue a character starts the next one.
            if !bytes.isEmpty, byte & 0xC0 != 0x80 { bytes = [] }
            bytes.append(byte)
            guard let length = UTF8.sequenceLength(leadingWith: bytes[0]) else {
                bytes = []
                continue
            }
            if bytes.count < length { continue }
            if let scalar = String(validating: bytes, as: UTF8.self)?.unicodeScalars.first {
                character?.pointee = wchar_t(scalar.value)
                return 1
            }
            bytes = []
        }
    }

    /// The editor that registered itself as `editor`'s client data.
    private static func owner(of editor: OpaquePointer?) -> LineEditor? {
        guard let editor, let data = arrsh_el_get_clientdata(editor) else { return nil }
        return Unmanaged<LineEditor>.fromOpaque(data).takeUnretainedValue()
    }

    /// libedit drops an invisible run at the very end of a prompt, so the
    /// colour is reset before the last character (usually the space).
    private func setPrompt(_ text: String) {
        var shown = text
        if colorPrompt, let last = text.last {
            shown = "\u{1}\u{1B}[1;32m\u{1}\(text.dropLast())\u{1}\u{1B}[0m\u{1}\(last)"
        }
        let bytes = shown.utf8CString
        prompt.deallocate()
        prompt = .allocate(capacity: bytes.count)
        _ = prompt.initialize(from: bytes)
    }

    // MARK: - Completion

    /// Tab: asks the completer about the text before the cursor and edits the
    /// line, beeps, or lists the candidates under it.
    private func complete() -> UInt8 {
        guard let info = el_line(editor)?.pointee else { return UInt8(CC_ERROR) }
        let before = String(
            decoding: UnsafeRawBufferPointer(start: info.buffer, count: info.buffer.distance(to: info.cursor)),
            as: UTF8.self)
        switch completer(before).action(after: before) {
        case .beep:
            return UInt8(CC_REFRESH_BEEP)
        case .insert(let deleting, let text):
            if deleting > 0 { el_deletestr(editor, Int32(deleting)) }
            if !text.isEmpty, el_insertstr(editor, text) != 0 { return UInt8(CC_REFRESH_BEEP) }
            return UInt8(CC_REFRESH)
        case .list(let candidates):
            let output = arrsh_el_output(editor)
            fputs("\n" + Completion.columns(candidates, width: Int(arrsh_el_columns(editor))), output)
            fflush(output)
            return UInt8(CC_REDISPLAY)
        }
    }

    /// Ctrl-D: like libedit's own, but ends input without echoing "^D".
    private func deleteOrEndInput() -> UInt8 {
        guard let info = el_line(editor)?.pointee else { return UInt8(CC_ERROR) }
        if info.buffer == info.lastchar { return UInt8(CC_EOF) }
        if info.cursor == info.lastchar { return UInt8(CC_ERROR) }
        el_cursor(editor, 1)
        el_deletestr(editor, 1)
        return UInt8(CC_REFRESH)
    }

    // MARK: - History file

    /// Loads `path` and returns where to save: the file, or the target of a
    /// symlink to it. Returns nil after one warning if the file exists but is
    /// not a readable history file, so a file we do not understand is never
    /// overwritten.
    private static func loadHistory(from path: String, into history: OpaquePointer) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else {
            if errno == ENOENT { return path }
            warn("cannot read history file '\(path)': \(String(cString: strerror(errno))); history will not be saved")
            return nil
        }
        var target = path
        if let resolved = realpath(path, nil) {
            target = String(cString: resolved)
            free(resolved)
        }
        if info.st_size == 0 || arrsh_history_load(history, target) >= 0 { return target }
        warn("'\(path)' is not a readable history file; history will not be saved")
        return nil
    }

    /// Adds the unsaved lines to the history file as it is now, so that shells
    /// sharing the file keep each other's lines: under a lock on its directory,
    /// the file is read again, the lines appended, and the result written to a
    /// temporary file, flushed to disk and renamed over the file. A save that
    /// fails (a full disk) leaves the file as it was and keeps the lines for the
    /// next save; one warning says why.
    private func saveHistory() {
        guard let path = historyFile else { return }
        Self.makeParentDirectories(of: path)
        let failure = Self.locked(directoryOf: path) { () -> Int32? in
            guard let merged = history_init() else { return ENOMEM }
            defer { history_end(merged) }
            arrsh_history_set_size(merged, Self.historyLimit)
            arrsh_history_set_unique(merged, 1)
            var info = stat()
            if stat(path, &info) == 0, info.st_size > 0, arrsh_history_load(merged, path) < 0 { return EINVAL }
            for line in unsaved { arrsh_history_enter(merged, line) }
            return Self.replace(path, with: merged)
        }
        guard let failure else {
            unsaved = []
            return
        }
        if !saveFailureReported {
            saveFailureReported = true
            Self.warn("cannot save history to '\(path)': \(String(cString: strerror(failure)))")
        }
    }

    /// Runs `body` holding an exclusive lock on the directory of `path` (the file
    /// itself is replaced by each save, so a lock on it would lock nothing).
    private static func locked(directoryOf path: String, _ body: () -> Int32?) -> Int32? {
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { $0 == path.startIndex ? "/" : String(path[..<$0]) } ?? "."
        let descriptor = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return errno }
        defer { close(descriptor) }
        while flock(descriptor, LOCK_EX) != 0 {
            if errno != EINTR { return errno }
        }
        defer { flock(descriptor, LOCK_UN) }
        return body()
    }

    /// Writes `history` to a temporary beside `path`, flushes it to disk and renames it
    /// over `path`: nil, or the error number, the temporary then removed.
    private static func replace(_ path: String, with history: OpaquePointer) -> Int32? {
        let temporary = "\(path).\(getpid()).tmp"
        guard let file = fopen(temporary, "w") else { return errno }
        var failure: Int32?
        if arrsh_history_save(history, file) < 0 || fflush(file) != 0 || fsync(fileno(file)) != 0 {
            failure = errno == 0 ? EIO : errno
        }
        if fclose(file) != 0, failure == nil { failure = errno }
        if failure == nil, rename(temporary, path) != 0 { failure = errno }
        if failure != nil { unlink(temporary) }
        return failure
    }

    /// `mkdir -p` for the directory holding `path`; failures surface when saving.
    private static func makeParentDirectories(of path: String) {
        var directory = path.hasPrefix("/") ? "/" : ""
        for component in path.split(separator: "/").dropLast() {
            directory += component + "/"
            mkdir(directory, 0o777)
        }
    }

    private static func warn(_ message: String) {
        fputs("arrsh: warning: \(message)\n", arrsh_stderr())
    }
}

extension UTF8 {
    /// How many bytes a sequence starting with `lead` has, or nil if `lead` cannot start one.
    fileprivate static func sequenceLength(leadingWith lead: UInt8) -> Int? {
        switch lead {
        case 0..<0x80: 1
        case 0xC2..<0xE0: 2
        case 0xE0..<0xF0: 3
        case 0xF0..<0xF5: 4
        default: nil
        }
    }
}
