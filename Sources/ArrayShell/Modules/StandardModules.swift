import ArrayEngine

/// The standard-library modules array snippets import; any other name is Python's
/// ModuleNotFoundError.
enum StandardModules {
    static func make(_ name: String, in interpreter: Interpreter) -> Module? {
        let functions: [Function]
        var constants: [String: Value] = [:]
        switch name {
        case "math":
            functions = MathModule.functions()
            constants = MathModule.constants
        case "copy": functions = CopyModule.functions()
        case "sys":
            functions = SysModule.functions()
            constants = SysModule.constants
        case "functools": functions = FunctoolsModule.functions()
        case "itertools": functions = ItertoolsModule.functions()
        case "operator": functions = OperatorModule.functions()
        case "datetime": functions = DatetimeModule.functions()
        default: return nil
        }
        var attributes = constants
        for function in functions { attributes[function.name] = .function(function) }
        return Module(name: name, attributes: attributes)
    }

    /// A module function declared by its signature.
    static func function(
        _ declaration: String, _ doc: String = "",
        _ body: @escaping (Interpreter, BoundArguments) throws(PythonError) -> Value
    ) -> Function {
        Function(Signature(declaration), kind: .builtin, doc: doc, body)
    }
}
