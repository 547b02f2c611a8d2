import Foundation
import Testing

@testable import ArrayShell

/// Every parameter arrsh declares and honours is exercised, with a value other than its
/// default, by some script of the differential corpus: so each one is checked against
/// what NumPy printed, and none can be accepted yet ignored without a test failing.
@Suite("Argument coverage")
struct ArgumentCoverageTests {
    @Test("every honoured parameter has a corpus case with a non-default value")
    func everyParameterIsExercised() throws {
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("arrsh-arguments-\(getpid()).log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: log) }
        for script in Corpus.scripts {
            _ = try runArrsh(
                ["--echo", script], currentDirectory: Corpus.directory, environment: ["ARRSH_ARGUMENT_LOG": log.path],
                timeout: Corpus.timeout)
        }
        let exercised = Set(try String(contentsOf: log, encoding: .utf8).split(separator: "\n").map(String.init))
        let missing = Self.declaredParameters().filter { !exercised.contains($0) }
        #expect(
            missing.isEmpty,
            """
            \(missing.count) declared parameters have no corpus case giving them a non-default value \
            (add one to Tests/Corpus and run Tests/Corpus/regenerate):
            \(missing.joined(separator: "\n"))
            """)
    }

    /// `np.sum\taxis`, `ndarray.copy\torder`, `print\tsep`, ...: every parameter arrsh
    /// honours (those it only accepts at their default are NotImplementedError otherwise).
    static func declaredParameters() -> [String] {
        let session = Session(options: .init(), output: { _ in }, errors: { _ in })
        let interpreter = session.interpreter
        var functions: [Function] = interpreter.numpy.attributes.values.compactMap {
            if case .function(let f) = $0 { f } else { nil }
        }
        functions += interpreter.builtins.bindings.values.compactMap {
            if case .function(let f) = $0 { f } else { nil }
        }
        functions += interpreter.arrayMethods.values.map { $0.bound(to: .scalar(.init(int64: 0))) }
        functions += randomFunctions(interpreter)
        // help() prints arrsh's own summary, not pydoc's page: nothing NumPy could check.
        functions.removeAll { $0.name == "help" }
        return Set(
            functions.flatMap { function in
                function.signature.parameters.filter(\.isHonoured).map { "\(function.qualifiedName)\t\($0.name)" }
            }
        ).sorted()
    }

    /// `np.random`'s functions, its classes' constructors and their objects' methods.
    static func randomFunctions(_ interpreter: Interpreter) -> [Function] {
        guard case .module(let random)? = interpreter.numpy.attributes["random"] else { return [] }
        var functions: [Function] = random.attributes.values.compactMap {
            if case .function(let f) = $0 { f } else { nil }
        }
        functions += [PythonType.generator, .randomState, .pcg64, .mt19937, .seedSequence].compactMap(
            RandomModule.constructor(of:))
        guard let bits = try? BitGeneratorObject(.pcg64, seed: .int(0)), let sequence = bits.seedSequence else {
            return functions
        }
        let state = RandomStateObject(bitGenerator: bits)
        let generator = GeneratorObject(bits)
        let methods: [Value] =
            GeneratorObject.methods.values.map { $0.bound(to: generator) }
            + RandomStateObject.methods.values.map { $0.bound(to: state) }
            + BitGeneratorObject.methods.values.map { $0.bound(to: bits) }
            + SeedSequenceObject.methods.values.map { $0.bound(to: sequence) }
        functions += methods.compactMap { if case .function(let f) = $0 { f } else { nil } }
        return functions
    }
}
