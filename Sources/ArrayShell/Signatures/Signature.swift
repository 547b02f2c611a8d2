import ArrayEngine
import Foundation

/// A function's parameters, declared once in Python's own notation:
///
///     Signature("sum(a, axis=None, dtype=None, out=None, keepdims=False, initial=<no value>, where=True)",
///               notYet: ["where"])
///
/// Binding, NumPy's `TypeError` texts, `help()` / `?` and Tab completion of keyword
/// names all read this one declaration. `/` ends the positional-only parameters and
/// `*` (or `*args`) starts the keyword-only ones, exactly as NumPy documents them.
/// Parameters in `notYet` accept only their default: any other value raises
/// `NotImplementedError`, never a silently different answer.
///
/// A class: every call's `BoundArguments` holds its signature, and sharing one
/// reference costs a retain where copying the fields would retain each array.
final class Signature {
    /// The function's name in messages: `sum`, `reshape`.
    let name: String
    /// The builtin type whose method this is, declared before the name
    /// (`list.append(object, /)`): CPython's messages name it (`list.append() takes
    /// exactly one argument (0 given)`). Nil for functions and NumPy's methods.
    let owner: String?
    /// `list.append` for a method of a builtin type, the name alone otherwise.
    var qualifiedName: String { owner.map { "\($0).\(name)" } ?? name }
    let parameters: [Parameter]
    /// Each parameter's default as a value: nil where it is required or `<no value>`.
    let defaults: [Value?]
    let style: Style
    /// What binding reads at every call, worked out once from `parameters`.
    let layout: Layout

    /// Where arguments go: the parameters that take a position, in order, and those
    /// that must be given.
    struct Layout {
        /// The parameters' names, by position: what a body's reader looks its argument up by.
        let names: [String]
        let positional: [Int]
        let required: [Int]
        let takesVariadicPositional: Bool
        let takesVariadicKeywords: Bool
        /// Some parameter accepts only its default (checked at every call).
        let refusesValues: Bool

        init(_ parameters: [Parameter]) {
            names = parameters.map(\.name)
            positional = parameters.indices.filter { parameters[$0].takesPosition }
            required = parameters.indices.filter { parameters[$0].isRequired }
            takesVariadicPositional = parameters.contains { $0.kind == .variadicPositional }
            takesVariadicKeywords = parameters.contains { $0.kind == .variadicKeyword }
            refusesValues = parameters.contains { !$0.isHonoured }
        }
    }

    /// Whose wording binding errors use.
    enum Style: Equatable {
        /// A Python function: `sum() missing 1 required positional argument: 'a'`.
        case python
        /// NumPy's C argument parser: `zeros() missing required argument 'shape' (pos 0)`.
        case numpyC
        /// CPython's `PyArg_ParseTupleAndKeywords`: `setflags() takes at most 3 arguments (4 given)`.
        case cKeywords
        /// CPython's `PyArg_ParseTuple`, no keywords: `fill() takes exactly 1 argument (0 given)`.
        case cPositional
        /// A ufunc: every wrong positional count reads `takes from 2 to 3 positional arguments`.
        case ufunc
        /// A Python builtin of one argument (METH_O): `len() takes exactly one argument (0 given)`,
        /// `list.append() takes no keyword arguments`.
        case singleArgument
        /// A method of a builtin type with no parameters (METH_NOARGS): `list.copy() takes
        /// no arguments (1 given)`.
        case noArguments
        /// A Cython function (`np.random`): `integers() takes at least 1 positional argument (0 given)`.
        case cython
        /// A CPython builtin of positional-only parameters checked by Argument Clinic:
        /// `float expected at most 1 argument, got 2`, `list() takes no keyword arguments`.
        case clinic
    }

    convenience init(_ declaration: String, notYet: Set<String> = [], style: Style = .python) {
        var text = declaration
        let (qualifiedName, items) = text.withUTF8(Signature.parse)
        let dot = qualifiedName.lastIndex(of: ".")
        let name = dot.map { String(qualifiedName[qualifiedName.index(after: $0)...]) } ?? qualifiedName
        var kind = Parameter.Kind.positionalOrKeyword
        var parsed: [Parameter] = []
        parsed.reserveCapacity(items.count)
        for item in items {
            switch item.text {
            case "/":
                parsed = parsed.map {
                    Parameter(
                        name: $0.name, kind: .positionalOnly, defaultValue: $0.defaultValue, isHonoured: $0.isHonoured)
                }
            case "*": kind = .keywordOnly
            default:
                if item.text.hasPrefix("**") {
                    parsed.append(
                        Parameter(
                            name: String(item.text.dropFirst(2)), kind: .variadicKeyword, defaultValue: .required,
                            isHonoured: true))
                } else if item.text.hasPrefix("*") {
                    parsed.append(
                        Parameter(
                            name: String(item.text.dropFirst()), kind: .variadicPositional, defaultValue: .required,
                            isHonoured: true))
                    kind = .keywordOnly
                } else {
                    let defaultValue: Parameter.Default =
                        switch item.defaultText {
                        case nil: .required
                        case "<no value>": .noValue
                        case let literal?: .literal(literal)
                        }
                    parsed.append(
                        Parameter(
                            name: item.text, kind: kind, defaultValue: defaultValue,
                            isHonoured: notYet.isEmpty || !notYet.contains(item.text)))
                }
            }
        }
        let defaults = parsed.map { parameter -> Value? in
            guard case .literal(let literal) = parameter.defaultValue else { return nil }
            return Signature.value(ofLiteral: literal)
        }
        self.init(
            name: name, owner: dot.map { String(qualifiedName[..<$0]) }, parameters: parsed, defaults: defaults,
            style: style)
    }

    /// The same parameters under another name (`a.sum` reports itself as NumPy's `_sum`).
    func renamed(_ newName: String) -> Signature {
        Signature(name: newName, owner: owner, parameters: parameters, defaults: defaults, style: style)
    }

    init(name: String, owner: String? = nil, parameters: [Parameter], defaults: [Value?], style: Style) {
        self.name = name
        self.owner = owner
        self.parameters = parameters
        self.defaults = defaults
        self.style = style
        layout = Layout(parameters)
    }

    /// The signature as `help()` shows it: `sum(a, axis=None, ...)`.
    var text: String {
        var items: [String] = []
        for (index, parameter) in parameters.enumerated() {
            let previous = index > 0 ? parameters[index - 1].kind : nil
            if parameter.kind == .keywordOnly, previous != .keywordOnly, previous != .variadicPositional {
                items.append("*")
            }
            items.append(parameter.text)
            let next = index + 1 < parameters.count ? parameters[index + 1].kind : nil
            if parameter.kind == .positionalOnly, next != .positionalOnly { items.append("/") }
        }
        return "\(name)(\(items.joined(separator: ", ")))"
    }

    /// The names a caller may pass by keyword, for Tab completion.
    var keywordNames: [String] { parameters.filter(\.takesKeyword).map(\.name) }

    /// The value of a default as NumPy writes it: None, True, 0, -1, 1e-05, 'K', float, ().
    private static func value(ofLiteral literal: String) -> Value {
        switch literal {
        case "None": return .none
        case "True": return .bool(true)
        case "False": return .bool(false)
        case "()": return .tuple([])
        case "float": return .type(.float)
        case "int": return .type(.int)
        case "bool": return .type(.bool)
        default: break
        }
        if let quote = literal.first, quote == "'" || quote == "\"" {
            let text = literal.dropFirst().dropLast()
            // Foundation's replacing, a search through Objective-C strings, only where there is an escape.
            return .string(text.contains("\\") ? text.replacingOccurrences(of: "\\n", with: "\n") : String(text))
        }
        if literal.hasPrefix("("), literal.hasSuffix(")") {
            let items = literal.dropFirst().dropLast().split(separator: ",").map { $0.trimmingSpaces() }.filter {
                !$0.isEmpty
            }
            return .tuple(items.map { value(ofLiteral: $0) })
        }
        if let integer = Int(literal) { return .int(integer) }
        if let number = Double(literal) { return .float(number) }
        return .string(literal)
    }

    /// Reads a declaration's UTF-8 bytes (every `np` function's is read at start-up): the
    /// name before `(`, and the items between top-level commas (defaults may hold quoted
    /// commas or tuples), each trimmed of spaces and split at its `=`.
    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> (
        name: String, items: [(text: String, defaultText: String?)]
    ) {
        func text(_ range: Range<Int>) -> String {
            var lower = range.lowerBound
            var upper = range.upperBound
            while lower < upper, bytes[lower] == UInt8(ascii: " ") { lower += 1 }
            while upper > lower, bytes[upper - 1] == UInt8(ascii: " ") { upper -= 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[lower..<upper]), as: UTF8.self)
        }
        let open = bytes.firstIndex(of: UInt8(ascii: "(")) ?? bytes.count
        let close = max(open, bytes.lastIndex(of: UInt8(ascii: ")")) ?? bytes.count)
        var items: [(text: String, defaultText: String?)] = []
        var start = open + 1
        var equals: Int?
        var depth = 0
        var quote: UInt8?
        for index in start..<max(start, close + 1) {
            let byte = index < close ? bytes[index] : UInt8(ascii: ",")
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "'") || byte == UInt8(ascii: "\"") {
                quote = byte
            } else if byte == UInt8(ascii: "(") || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "<") {
                depth += 1
            } else if byte == UInt8(ascii: ")") || byte == UInt8(ascii: "]") || byte == UInt8(ascii: ">") {
                depth -= 1
            } else if byte == UInt8(ascii: "="), depth == 0, equals == nil {
                equals = index
            } else if byte == UInt8(ascii: ","), depth == 0 {
                if let equals {
                    items.append((text(start..<equals), text(equals + 1..<index)))
                } else if case let item = text(start..<index), !item.isEmpty {
                    items.append((item, nil))
                }
                start = index + 1
                equals = nil
            }
        }
        return (text(0..<open), items)
    }
}

extension StringProtocol {
    func trimmingSpaces() -> String {
        let text = Substring(self)
        guard let first = text.utf8.firstIndex(where: { $0 != UInt8(ascii: " ") }),
            let last = text.utf8.lastIndex(where: { $0 != UInt8(ascii: " ") })
        else { return "" }
        return String(text[first...last])
    }
}

/// A signature's defaults are literals (None, numbers, strings), never shared objects.
extension Signature: @unchecked Sendable {}

extension Signature {
    /// Calling a Python type: `int(x)`, `list(iterable)`, ...
    static let typeConstructors: [PythonType: Signature] = Dictionary(
        uniqueKeysWithValues: [
            PythonType.int, .float, .bool, .str, .list, .tuple,
        ].map { ($0, Signature("\($0.rawValue)(x=<no value>, /)")) })

    /// Calling a NumPy scalar type: `np.int8(5)`.
    static let scalarConstructors: [DType: Signature] = Dictionary(
        uniqueKeysWithValues: DType.allCases.map {
            ($0, Signature("\($0.name)(value=<no value>, /)"))
        } + [DType(.datetime64), DType(.timedelta64)].map { ($0, Signature("\($0.name)(value=None, format=None, /)")) })
}
