import ArrayEngine

/// A call's arguments matched to a `Signature`, read by the function's body through
/// typed readers that fall back on the declared defaults.
///
/// Every reader marks its parameter as read. When the body returns, an argument
/// the caller passed that the body never read raises `NotImplementedError`
/// (`finish()`): arrsh never accepts an argument and silently ignores it.
final class BoundArguments {
    let signature: Signature
    /// One per parameter: the argument given (nil where none was), and whether the body read it.
    private var slots: [Slot]
    /// What `*args` collected, and what `**kwargs` collected.
    let rest: [Value]
    let extraKeywords: [(name: String, value: Value)]

    /// A parameter's argument and its reading, side by side: one allocation per call.
    struct Slot {
        var value: Value?
        var read = false
    }
    /// Names the body asked for that the signature lacks: a bug in arrsh, reported by `finish()`.
    private var undeclared: [String] = []

    /// The call as written, for a method that hands it on to a function.
    private let arguments: Arguments

    init(
        signature: Signature, arguments: Arguments, slots: [Slot], rest: [Value],
        extraKeywords: [(name: String, value: Value)]
    ) {
        self.signature = signature
        self.arguments = arguments
        self.slots = slots
        self.rest = rest
        self.extraKeywords = extraKeywords
    }

    var function: String { signature.name }

    /// Whether the caller passed `name` (by position or keyword).
    func passed(_ name: String) -> Bool { index(name).map { slots[$0].value != nil } ?? false }

    /// The argument, or the declared default; nil for `<no value>`, and for None when `noneIsAbsent`.
    func raw(_ name: String) -> Value? {
        guard let i = index(name) else { return nil }
        slots[i].read = true
        return slots[i].value ?? signature.defaults[i]
    }

    /// The argument or default, nil when it is None or absent.
    subscript(name: String) -> Value? {
        guard let value = raw(name), !value.isNone else { return nil }
        return value
    }

    /// The parameters given a value other than their default (for the corpus coverage log).
    var nonDefaultNames: [String] {
        signature.parameters.indices.compactMap { i in
            guard let value = slots[i].value, !isDefault(value, at: i) else { return nil }
            return signature.parameters[i].name
        } + (rest.isEmpty ? [] : signature.parameters.filter { $0.kind == .variadicPositional }.map(\.name))
            + (extraKeywords.isEmpty ? [] : signature.parameters.filter { $0.kind == .variadicKeyword }.map(\.name))
    }

    /// Refuses, before anything runs, a non-default value for a parameter arrsh does not honour yet.
    func refuseUnhonoured() throws(PythonError) {
        guard signature.layout.refusesValues else { return }
        for (i, parameter) in signature.parameters.enumerated() where !parameter.isHonoured {
            slots[i].read = true
            if let value = slots[i].value, !isDefault(value, at: i) { throw notYet(parameter.name, value) }
        }
    }

    /// Raises for any argument passed with a non-default value that the body did not read.
    func finish() throws(PythonError) {
        if let name = undeclared.first {
            throw PythonError(
                "SystemError", "\(function)() reads '\(name)', which its signature does not declare (a bug in arrsh)")
        }
        for (i, slot) in slots.enumerated() where !slot.read {
            if let value = slot.value, !isDefault(value, at: i) { throw notYet(signature.parameters[i].name, value) }
        }
    }

    private func notYet(_ name: String, _ value: Value) -> PythonError {
        let shown: String =
            switch value {
            case .array, .list, .tuple: "<\(value.typeName)>"
            default: (try? Repr.repr(value)) ?? "<\(value.typeName)>"
            }
        return .notImplemented("\(function)() does not support \(name)=\(shown) yet")
    }

    private func isDefault(_ value: Value, at i: Int) -> Bool {
        guard let declared = signature.defaults[i] else { return false }
        switch (value, declared) {
        case (.none, .none): return true
        case (.string(let a), .string(let b)): return a == b
        case (.bool, _), (.int, _), (.float, _):
            guard let a = try? Convert.double(value), let b = try? Convert.double(declared) else { return false }
            return a == b && !(declared.isNone)
        default: return false
        }
    }

    /// The position of a declared parameter (nil, and noted for `finish()`, for any other name).
    private func index(_ name: String) -> Int? {
        if let i = signature.layout.names.firstIndex(of: name) { return i }
        undeclared.append(name)
        return nil
    }
}

// MARK: - Typed readers

extension BoundArguments {
    func int(_ name: String) throws(PythonError) -> Int? {
        guard let value = self[name] else { return nil }
        return try Convert.index(value)
    }

    func bool(_ name: String) throws(PythonError) -> Bool {
        guard let value = self[name] else { return false }
        return try Convert.truth(value)
    }

    func double(_ name: String) throws(PythonError) -> Double? {
        guard let value = self[name] else { return nil }
        return try Convert.double(value)
    }

    func dtype(_ name: String) throws(PythonError) -> DType? {
        guard let value = self[name] else { return nil }
        return try Convert.dtype(value)
    }

    /// The `dtype=` of a ufunc or reduction: it names a loop, so a byte order is refused, as NumPy refuses it.
    func loopDType(_ name: String = "dtype") throws(PythonError) -> DType? {
        guard let dtype = try dtype(name) else { return nil }
        guard dtype.isNative else {
            throw .type(
                "The `dtype` and `signature` arguments to ufuncs only select the general DType and not details such as the byte order or time unit. You can avoid this error by using the scalar types `np.float64` or the dtype string notation."
            )
        }
        return dtype
    }

    /// An array-like argument as an array (`a`, `x1`, ...).
    func array(_ name: String) throws(PythonError) -> NDArray {
        try Convert.array(raw(name) ?? .none)
    }

    /// `axis=`: None, an int, or a tuple of ints (or a list too, where NumPy's
    /// `normalize_axis_tuple` reads it: `moveaxis`, `expand_dims`).
    func axes(_ name: String = "axis", acceptingLists: Bool = false) throws(PythonError) -> [Int]? {
        guard let value = self[name] else { return nil }
        switch value {
        case .tuple(let items): return try items.map { v throws(PythonError) in try Convert.index(v) }
        case .list(let list) where acceptingLists:
            return try list.items.map { v throws(PythonError) in try Convert.index(v) }
        default: return [try Convert.index(value)]
        }
    }

    func shape(_ name: String) throws(PythonError) -> [Int] {
        try Convert.shape(raw(name) ?? .none)
    }

    func string(_ name: String) throws(PythonError) -> String? {
        guard let value = self[name] else { return nil }
        guard case .string(let text) = value else {
            throw .type("\(function)() argument '\(name)' must be str, not \(value.typeName)")
        }
        return text
    }

    /// `order=`: 'C', 'F', 'A' or 'K' (None means the declared default's meaning, 'K').
    func order(_ name: String = "order") throws(PythonError) -> ArrayOrder {
        guard let value = raw(name), !value.isNone else { return .keep }
        guard case .string(let text) = value else { throw .type("order must be str, not \(value.typeName)") }
        guard let order = ArrayOrder(code: text) else {
            throw .value("order must be one of 'C', 'F', 'A', or 'K' (got '\(text)')")
        }
        return order
    }

    /// `casting=`: one of NumPy's casting rules.
    func casting(_ name: String = "casting") throws(PythonError) -> Casting {
        let value = raw(name) ?? .string("same_kind")
        guard case .string(let text) = value else { throw .type("casting must be str, not \(value.typeName)") }
        guard let casting = Casting(rawValue: text) else {
            throw .value(
                "casting must be one of 'no', 'equiv', 'safe', 'same_kind', 'unsafe', 'same_value' (got '\(text)')")
        }
        return casting
    }

    /// `copy=`: True (always), None (when needed) or False (never).
    func copyMode(_ name: String = "copy") throws(PythonError) -> CopyMode {
        guard let value = raw(name), !value.isNone else { return .ifNeeded }
        return try Convert.truth(value) ? .always : .never
    }

    /// `out=`: an array, or a 1-tuple holding one (None: a new array).
    func out(_ name: String = "out") throws(PythonError) -> NDArray? {
        switch self[name] {
        case nil: return nil
        case .array(let a)?: return a
        case .tuple(let items)? where items.count == 1:
            if case .array(let a) = items[0] { return a }
            throw .type("return arrays must be of ArrayType")
        default: throw .type("return arrays must be of ArrayType")
        }
    }

    /// The call as written with `first` put before it, every parameter counted as read:
    /// a method that only checks its own signature and hands the call on to a function.
    func forwarded(prepending first: Value) -> Arguments {
        for i in slots.indices { slots[i].read = true }
        return Arguments([first] + arguments.positional, keywords: arguments.keywords)
    }

    /// `where=`: a boolean mask, nil when it is True (every element).
    func mask(_ name: String = "where") throws(PythonError) -> NDArray? {
        guard let value = self[name] else { return nil }
        if case .bool(true) = value { return nil }
        return try Convert.array(value)
    }

    /// The positional arguments `*name` collected (marks the parameter read).
    func variadic(_ name: String) -> [Value] {
        if let i = index(name) { slots[i].read = true }
        return rest
    }

    /// The keyword arguments `**name` collected.
    func keywords(_ name: String) -> [(name: String, value: Value)] {
        if let i = index(name) { slots[i].read = true }
        return extraKeywords
    }
}

/// NumPy's `copy=` keyword.
enum CopyMode { case always, ifNeeded, never }
