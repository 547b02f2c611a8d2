import Foundation
import Testing

/// The repository's documentation stands on its own and says what arrsh does:
/// every example in it is replayed by `arrsh --check`, and every link resolves to
/// a file (and heading) inside the repository.
@Suite("Documentation")
struct DocumentationTests {
    static let root = ArrshBinary.packageRoot

    /// The pages with `>>> ` examples, replayed from the repository's top folder.
    static let checkedPages = ["docs/tutorial.md", "docs/language.md", "docs/commands.md", "docs/memory-picture.md"]

    /// Every Markdown file a reader may follow a link from.
    static let linkedPages: [String] = {
        let docs =
            (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("docs").path)) ?? []
        return ["README.md", "Tests/Corpus/README.md", "Fuzz/README.md", "Fuzz/FINDINGS.md", "Benchmarks/RESULTS.md"]
            + docs.filter { $0.hasSuffix(".md") }.sorted().map { "docs/" + $0 }
    }()

    func text(_ page: String) throws -> String {
        try String(contentsOf: Self.root.appendingPathComponent(page), encoding: .utf8)
    }

    @Test(arguments: checkedPages)
    func examplesOfAPageMatch(page: String) throws {
        let run = try runArrsh(["--check", page], currentDirectory: Self.root)
        #expect(run.output.hasSuffix("all match\n"), "\(run.output)")
        #expect(run.status == 0)
    }

    @Test func everyPageWithExamplesIsChecked() throws {
        let pages = Self.linkedPages.filter { $0.hasPrefix("docs/") }
        #expect(pages.count >= 5)
        for page in pages where try text(page).split(separator: "\n").contains(where: { $0.hasPrefix(">>> ") }) {
            #expect(Self.checkedPages.contains(page), "\(page) has examples: add it to checkedPages")
        }
    }

    /// The README saves files, so it is replayed in a scratch folder.
    @Test func readmeExamplesMatch() throws {
        let folder = try NumPyScripts.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try runArrsh(
            ["--check", Self.root.appendingPathComponent("README.md").path], currentDirectory: folder)
        #expect(run.output.hasSuffix("all match\n"), "\(run.output)")
        #expect(run.status == 0)
    }

    @Test(arguments: linkedPages)
    func linksResolveInsideTheRepository(page: String) throws {
        let folder = Self.root.appendingPathComponent(page).deletingLastPathComponent()
        for link in MarkdownLinks.targets(in: try text(page)) where !link.contains("://") && !link.hasPrefix("mailto:")
        {
            let parts = link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
            let path = String(parts[0])
            let anchor = parts.count > 1 ? String(parts[1]) : nil
            let target =
                path.isEmpty
                ? Self.root.appendingPathComponent(page)
                : folder.appendingPathComponent(path).standardizedFileURL
            #expect(
                target.path.hasPrefix(Self.root.standardizedFileURL.path + "/"),
                "\(page): \(link) leads outside the repository")
            #expect(FileManager.default.fileExists(atPath: target.path), "\(page): \(link) does not exist")
            if let anchor, target.pathExtension == "md", FileManager.default.fileExists(atPath: target.path) {
                let headings = MarkdownLinks.anchors(in: try String(contentsOf: target, encoding: .utf8))
                #expect(headings.contains(anchor), "\(page): \(link) names no heading of \(target.lastPathComponent)")
            }
        }
    }

    /// Not only links: any relative path a page writes (`../x/y`, in prose or code)
    /// must stay inside the repository, since a clone has nothing beside it.
    @Test(arguments: linkedPages)
    func noPageReliesOnFilesOutsideTheRepository(page: String) throws {
        let folder = Self.root.appendingPathComponent(page).deletingLastPathComponent()
        for match in try text(page).matches(of: /(?:\.\.\/)+[\w.-]+/) {
            let target = folder.appendingPathComponent(String(match.output)).standardizedFileURL
            #expect(
                target.path.hasPrefix(Self.root.standardizedFileURL.path + "/"),
                "\(page) refers to \(match.output), outside the repository")
        }
    }
}

/// Links and headings of a Markdown text, as GitHub reads them.
enum MarkdownLinks {
    /// The targets of inline links `[text](target)`, outside code spans and blocks.
    static func targets(in text: String) -> [String] {
        prose(text).matches(of: /\]\(([^)\s]+)\)/).map { String($0.output.1) }
    }

    /// The anchors GitHub makes for the headings: lowercased, punctuation dropped,
    /// spaces made hyphens.
    static func anchors(in text: String) -> Set<String> {
        Set(
            text.split(separator: "\n").filter { $0.hasPrefix("#") }.map { heading in
                let title = heading.drop { $0 == "#" }.drop { $0 == " " }.lowercased()
                return String(
                    title.compactMap { c -> Character? in
                        c == " " ? "-" : (c.isLetter || c.isNumber || c == "-" || c == "_") ? c : nil
                    })
            })
    }

    /// The text without fenced blocks and code spans, where brackets are not links.
    private static func prose(_ text: String) -> String {
        var kept: [Substring] = []
        var fenced = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let start = line.drop { $0 == " " }
            if start.hasPrefix("```") || start.hasPrefix("~~~") {
                fenced.toggle()
                continue
            }
            if !fenced { kept.append(line) }
        }
        return kept.joined(separator: "\n").replacing(/`[^`\n]*`/, with: "")
    }
}
