import ArrayEngine

/// `x[start:stop:step]` compiled: with bounds written as int literals or left out
/// (`a[1:4]`, `a[::-1]`, `a[-3:]`), an array's view is made from the ints directly,
/// with no slice value built, matched or retained at each run.
extension Compiler {
    static func slicing(_ object: Expr, _ start: Expr?, _ stop: Expr?, _ step: Expr?) -> Evaluation {
        let (object, index) = (expression(object), expression(.slice(start, stop, step)))
        guard let start = literalBound(start), let stop = literalBound(stop), let step = literalBound(step) else {
            return { interpreter throws(PythonError) in
                try interpreter.getItem(try object(interpreter), try index(interpreter))
            }
        }
        return { interpreter throws(PythonError) in
            let o = try object(interpreter)
            // A recarray's views are wrapped by `getItem`; any other case is decided there too.
            if case .array(let a) = o, !a.isRecordArray, let view = SliceView.view(of: a, start, stop, step) {
                return .array(view)
            }
            return try interpreter.getItem(o, try index(interpreter))
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
