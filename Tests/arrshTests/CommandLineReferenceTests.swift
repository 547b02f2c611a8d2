import Foundation
import Testing

/// `arrsh --help`, the manual page and the shell completions in `docs/share/` agree.
///
/// The completion scripts are regenerated through the binary and compared byte for
/// byte; every option the parser describes (`--experimental-dump-help`) must be in
/// the help text and, with its help, in the manual page. The manual page itself is
/// regenerated and compared by `docs/regenerate-cli-files --check` in `.ci/run`: its
/// generator is a package plugin, which cannot run inside `swift test`.
@Suite("Help, manual page and completions")
struct CommandLineReferenceTests {
    static let share = ArrshBinary.packageRoot.appendingPathComponent("docs/share")

    func committed(_ path: String) throws -> String {
        try String(contentsOf: Self.share.appendingPathComponent(path), encoding: .utf8)
    }

    @Test(arguments: [
        ("bash", "bash-completion/completions/arrsh"),
        ("zsh", "zsh/site-functions/_arrsh"),
        ("fish", "fish/vendor_completions.d/arrsh.fish"),
    ])
    func completionScriptIsWhatTheParserMakes(shell: String, path: String) throws {
        let generated = try runArrsh(["--generate-completion-script", shell])
        #expect(generated.status == 0)
        #expect(
            generated.output == (try committed(path)),
            "docs/share/\(path) is out of date: run docs/regenerate-cli-files")
    }

    /// One option as the parser's help dump describes it.
    struct Option {
        let spellings: [String]
        /// Its `.It` line in the manual page: `Fl h , -help`, `Fl c Ar code`, `Ar file`.
        let manualEntry: String
        let abstract: String
        let discussion: String?
    }

    static func options() throws -> [Option] {
        let dump = try runArrsh(["--experimental-dump-help"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(dump.output.utf8)) as? [String: Any])
        let command = try #require(json["command"] as? [String: Any])
        let arguments = try #require(command["arguments"] as? [[String: Any]])
        return arguments.filter { $0["shouldDisplay"] as? Bool == true }.map { argument in
            let names = (argument["names"] as? [[String: String]] ?? []).filter { $0["kind"] != "longWithSingleDash" }
            let value = argument["valueName"] as? String ?? ""
            let kind = argument["kind"] as? String
            let flags = "Fl " + names.map { ($0["kind"] == "short" ? "" : "-") + $0["name"]! }.joined(separator: " , ")
            return Option(
                spellings: kind == "positional"
                    ? ["<\(value)>"] : names.map { ($0["kind"] == "short" ? "-" : "--") + $0["name"]! },
                manualEntry: kind == "positional" ? "Ar \(value)" : kind == "option" ? "\(flags) Ar \(value)" : flags,
                abstract: argument["abstract"] as? String ?? "",
                discussion: argument["discussion"] as? String)
        }
    }

    /// Text with every run of spaces and line breaks made one space (help text is wrapped).
    func unwrapped(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    }

    @Test func everyOptionIsInTheHelpAndTheManualPage() throws {
        let options = try Self.options()
        #expect(options.count >= 7, "file, -c, --echo, --check, --stable-ids, --no-color, --version, --help")
        let help = unwrapped(try runArrsh(["--help"]).output)
        let manual = try committed("man/man1/arrsh.1")
        for option in options {
            for spelling in option.spellings {
                #expect(help.contains(spelling), "--help does not show \(spelling)")
            }
            #expect(
                manual.contains(".It \(option.manualEntry)\n"),
                "the manual page has no entry \(option.manualEntry): run docs/regenerate-cli-files")
            #expect(help.contains(unwrapped(option.abstract)), "--help lacks: \(option.abstract)")
            #expect(manual.contains(option.abstract + "\n"), "the manual page lacks: \(option.abstract)")
            if let discussion = option.discussion {
                #expect(manual.contains(discussion), "the manual page lacks: \(discussion)")
            }
        }
    }

    @Test func theManualPageHasTheCommandsAbstractAndNoSubcommands() throws {
        let manual = try committed("man/man1/arrsh.1")
        let overview = try runArrsh(["--help"]).output
        let abstract = try #require(manual.split(separator: "\n").first { $0.hasPrefix(".Nd ") })
        #expect(
            unwrapped(overview).contains(abstract.dropFirst(4).trimmingCharacters(in: CharacterSet(charactersIn: "\"")))
        )
        #expect(manual.contains(".Dt ARRSH 1"))
        #expect(!manual.contains("subcommand"), "arrsh has no subcommands (`arrsh help` runs a file named help)")
    }

    @Test(
        "bash completes an option from its first letters",
        .enabled(if: FileManager.default.isExecutableFile(atPath: "/bin/bash")))
    func bashCompletesOptions() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [
            "-c",
            """
            shopt -s extglob
            source "$0"
            COMP_WORDS=(arrsh --st); COMP_CWORD=1; COMP_LINE="arrsh --st"; COMP_POINT=${#COMP_LINE}
            _arrsh arrsh --st arrsh
            printf '%s\\n' "${COMPREPLY[@]}"
            """, Self.share.appendingPathComponent("bash-completion/completions/arrsh").path,
        ]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(output == "--stable-ids\n")
    }

    @Test func versionIsTheOneWrittenInVersionSwift() throws {
        let version = try runArrsh(["--version"]).output
        #expect(version.wholeMatch(of: /\d+\.\d+\.\d+\n/) != nil)
        let source = try String(
            contentsOf: ArrshBinary.packageRoot.appendingPathComponent("Sources/arrsh/Version.swift"),
            encoding: .utf8)
        #expect(source.contains("static let version = \"\(version.dropLast())\""))
    }
}
