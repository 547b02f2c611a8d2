import ArrayEngine

/// The local names of one running function call, comprehension or class body.
///
/// Frames link to the frame of the function they were defined in (`parent`), so a
/// closure reads and (with `nonlocal`) writes its enclosing function's variables,
/// late-bound as in Python. Names not found along that chain are the module's.
final class Frame {
    /// A function's locals are laid out when it is parsed; a class body's as it binds them.
    let locals: VariableTable
    let scope: ScopeInfo
    /// The frame of the enclosing function (nil: the module).
    let parent: Frame?
    /// A class body's names are not visible to the functions defined in it.
    let isClassBody: Bool
    /// The function running in this frame (for `super()`).
    let code: FunctionCode?

    /// `arguments`, when given, are the values of the function's parameters, in order;
    /// `layout`, the slots of a comprehension's names, laid out when it was compiled.
    init(
        scope: ScopeInfo, parent: Frame?, isClassBody: Bool = false, code: FunctionCode? = nil,
        layout: SlotLayout? = nil, arguments: [Value] = []
    ) {
        locals = VariableTable(
            layout: code?.frameLayout ?? layout ?? SlotLayout(scope.locals.sorted()), first: arguments)
        self.scope = scope
        self.parent = parent
        self.isClassBody = isClassBody
        self.code = code
    }

    /// The nearest enclosing function frame that binds `name` (class bodies skipped).
    func enclosingFrame(binding name: String) -> Frame? {
        var candidate = parent
        while let frame = candidate {
            if !frame.isClassBody, frame.scope.locals.contains(name) { return frame }
            candidate = frame.parent
        }
        return nil
    }

    /// What a function defined in this frame sees as its enclosing frame.
    var closureParent: Frame? { isClassBody ? parent : self }
}

/// Reading, writing and deleting names: locals, enclosing functions, the module, builtins.
extension Interpreter {
    /// The running frame, lent without a retain (nil at module level).
    ///
    /// Whoever makes a frame current holds it until it is replaced (`within`, a
    /// generator's saved state), so a name read or write may use it unretained: the
    /// retain and release of the frame were most of `x = 1` in a function.
    @inline(__always)
    var currentFrame: Unmanaged<Frame>? { frame.map { Unmanaged.passUnretained($0) } }

    @inline(__always)
    func lookup(_ name: Name) throws(PythonError) -> Value {
        // The common cases first, each by its slot memo: a local of the running function,
        // a module variable at the top level, and a module variable read in a function
        // that has no such local and no enclosing function.
        guard let current = currentFrame else {
            if let value = globals.value(of: name) { return value }
            return try lookup(name.text, memo: name)
        }
        let found = current._withUnsafeGuaranteedRef { frame -> Value? in
            if let value = frame.locals.value(of: name) { return value }
            guard frame.parent == nil, !frame.isClassBody, frame.locals.lacks(name) else { return nil }
            return globals.value(of: name)
        }
        if let found { return found }
        return try lookup(name.text, memo: name)
    }

    /// The array, dict, set or list `name` holds where `lookup(_:)` looks first (a local, or a
    /// module variable read at the top level or from a function with no enclosing one),
    /// lent without a retain; nil for any other value or place, which the caller reads
    /// with `lookup`.
    ///
    /// Good only until Python code may run (which could rebind the name and free the object).
    @inline(__always)
    func lent(_ name: Name) -> LentObject? {
        guard let current = currentFrame else { return globals.lent(name) }
        return current._withUnsafeGuaranteedRef { frame -> LentObject? in
            if let held = frame.locals.lent(name) { return held }
            guard frame.parent == nil, !frame.isClassBody, frame.locals.lacks(name) else { return nil }
            return globals.lent(name)
        }
    }

    /// The array `name` holds, lent (see `lent`).
    @inline(__always)
    func lentArray(_ name: Name) -> Unmanaged<NDArray>? {
        if case .array(let a)? = lent(name) { a } else { nil }
    }

    /// The value `name` has here; `memo`, the same name in the syntax tree, finds a module variable by its slot.
    func lookup(_ name: String, memo: Name? = nil) throws(PythonError) -> Value {
        guard let frame else { return try moduleValue(name, memo) }
        // Only a local (or a class body's) name is ever in `locals`: a hit needs no other test.
        if let value = frame.locals.value(of: name, memo: memo) { return value }
        if !frame.isClassBody, frame.locals.hasSlot(for: name, memo: memo) {
            throw PythonError(
                "UnboundLocalError", "cannot access local variable '\(name)' where it is not associated with a value")
        }
        if frame.parent != nil, !frame.scope.globals.contains(name), let outer = frame.enclosingFrame(binding: name) {
            if let value = outer.locals[name] { return value }
            throw .freeVariable(name)
        }
        return try moduleValue(name, memo)
    }

    /// A module variable, or else a builtin.
    private func moduleValue(_ name: String, _ memo: Name?) throws(PythonError) -> Value {
        if let value = globals.value(of: name, memo: memo) ?? builtins.value(of: name, memo: memo) { return value }
        throw .name(name)
    }

    /// Binds `name`, taking `value` over: moved into the variable's slot, not copied
    /// there and released (a retain and a release of each array stored).
    @inline(__always)
    func store(_ name: Name, _ value: consuming Value) {
        guard let current = currentFrame else {
            globals.set(value, for: name)
            return
        }
        // A local of the running function (or a class body's name): straight into its slot.
        // `pending` carries the value into the closure, which could only borrow a parameter.
        var pending = Optional(value)
        current._withUnsafeGuaranteedRef { frame in
            if let slot = frame.locals.slot(of: name) { frame.locals.store(pending.take(), at: slot) }
        }
        if let value = pending.take() { store(name.text, value, memo: name) }
    }

    func store(_ name: String, _ value: consuming Value, memo: Name? = nil) {
        guard let frame else {
            globals.set(value, for: name, memo: memo)
            return
        }
        if frame.isClassBody || frame.locals.hasSlot(for: name, memo: memo) {
            frame.locals.set(value, for: name, memo: memo)
        } else if frame.scope.nonlocals.contains(name), let outer = frame.enclosingFrame(binding: name) {
            outer.locals[name] = value
        } else {
            globals.set(value, for: name, memo: memo)
        }
    }

    func deleteName(_ name: String) throws(PythonError) {
        guard let frame else {
            guard globals.removeValue(forKey: name) != nil else { throw .name(name) }
            return
        }
        if frame.isClassBody || frame.scope.locals.contains(name) {
            guard frame.locals.removeValue(forKey: name) != nil else {
                if frame.isClassBody { throw .name(name) }
                throw PythonError(
                    "UnboundLocalError",
                    "cannot access local variable '\(name)' where it is not associated with a value")
            }
        } else if frame.scope.nonlocals.contains(name), let outer = frame.enclosingFrame(binding: name) {
            guard outer.locals.removeValue(forKey: name) != nil else { throw .name(name) }
        } else {
            guard globals.removeValue(forKey: name) != nil else { throw .name(name) }
        }
    }

    /// Runs `body` with `frame` as the current frame, restoring the previous one after.
    func within<T>(_ frame: Frame?, _ body: () throws(PythonError) -> T) throws(PythonError) -> T {
        let saved = self.frame
        self.frame = frame
        defer { self.frame = saved }
        return try body()
    }
}

extension PythonError {
    /// A closure read a variable of its enclosing function before it was assigned.
    static func freeVariable(_ name: String) -> PythonError {
        PythonError(
            "NameError",
            "cannot access free variable '\(name)' where it is not associated with a value in enclosing scope")
    }
}
