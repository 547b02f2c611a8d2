import ArrayEngine

/// `x[start:stop:step]` compiled: with bounds written as int literals or left out
/// (`a[1:4]`, `a[::-1]`, `a[-3:]`), an array's view is made from the ints directly,
/// with no slice value built, matched or retained at each run.
extension Compiler {
    static func slicing(_ object: Expr, _ start: Expr?, _ stop: Expr?, _ step: Expr?) -> Evaluation {
        let (value, index) = (expression(object), expression(.slice(start, stop, step)))
        guard let start = literalBound(start), let stop = literalBound(stop), let step = literalBound(step) else {
            return { interpreter throws(PythonError) in
                try interpreter.getItem(try value(interpreter), try index(interpreter))
            }
        }
        // A recarray's views are wrapped by `getItem`; any other case is decided there too.
        func view(_ a: NDArray) -> NDArray? {
            a.isRecordArray ? nil : SliceView.view(of: a, start, stop, step)
        }
        let general: Evaluation = { interpreter throws(PythonError) in
            let o = try value(interpreter)
            if case .array(let a) = o, let view = view(a) { return .array(view) }
            return try interpreter.getItem(o, try index(interpreter))
        }
        guard case .name(let name) = object else { return general }
        // `a[1:4]` of a variable: an array in `a` is lent, not retained and released, while
        // its view is made (which runs no Python code, so nothing can rebind `a` meanwhile).
        return { interpreter throws(PythonError) in
            guard let lent = interpreter.lentArray(name) else { return try general(interpreter) }
            if let view = lent._withUnsafeGuaranteedRef(view) { return .array(view) }
            return try interpreter.getItem(.array(lent.takeUnretainedValue()), try index(interpreter))
        }
    }

    /// A slice bound known when compiling: `.some(nil)` when it is left out, the int of an
    /// int literal (negated or not), nil for anything else.
    static func literalBound(_ bound: Expr?) -> Int?? {
        switch bound {
        case nil: .some(nil)
        case .int(let i)?: i
        // A literal is never negative, so negating it cannot overflow.
        case .unary(.negate, .int(let i))?: -i
        default: nil
        }
    }
}
