import ArrayEngine

/// `import operator`: Python's operators as functions (on arrays too, as NumPy's).
enum OperatorModule {
    static func functions() -> [Function] {
        let binaries: [(String, BinaryOperator)] = [
            ("add", .add), ("sub", .subtract), ("mul", .multiply), ("truediv", .divide), ("floordiv", .floorDivide),
            ("mod", .modulo), ("pow", .power), ("matmul", .matmul), ("lshift", .leftShift), ("rshift", .rightShift),
            ("and_", .and), ("or_", .or), ("xor", .xor),
        ]
        let comparisons: [(String, CompareOperator)] = [
            ("eq", .equal), ("ne", .notEqual), ("lt", .less), ("le", .lessEqual), ("gt", .greater),
            ("ge", .greaterEqual),
        ]
        var result = binaries.map { name, op in
            StandardModules.function("\(name)(a, b, /)") { interpreter, args throws(PythonError) in
                try interpreter.binary(op, args.raw("a") ?? .none, args.raw("b") ?? .none)
            }
        }
        result += comparisons.map { name, op in
            StandardModules.function("\(name)(a, b, /)") { interpreter, args throws(PythonError) in
                try interpreter.compare(op, args.raw("a") ?? .none, args.raw("b") ?? .none)
            }
        }
        let unaries: [(String, UnaryOperator)] = [
            ("neg", .negate), ("pos", .plus), ("invert", .invert), ("inv", .invert), ("not_", .not),
        ]
        result += unaries.map { name, op in
            StandardModules.function("\(name)(a, /)") { interpreter, args throws(PythonError) in
                try interpreter.unary(op, args.raw("a") ?? .none)
            }
        }
        result += [
            StandardModules.function("truth(a, /)") { _, args throws(PythonError) in
                .bool(try Convert.truth(args.raw("a") ?? .none))
            },
            StandardModules.function("abs(a, /)") { interpreter, args throws(PythonError) in
                try interpreter.call(interpreter.builtins["abs"] ?? .none, Arguments([args.raw("a") ?? .none]))
            },
            StandardModules.function("index(a, /)") { _, args throws(PythonError) in
                .int(try Convert.index(args.raw("a") ?? .none))
            },
            StandardModules.function("getitem(a, b, /)") { interpreter, args throws(PythonError) in
                try interpreter.getItem(args.raw("a") ?? .none, args.raw("b") ?? .none)
            },
            StandardModules.function("itemgetter(item, /, *items)") { _, args throws(PythonError) in
                let keys = [args.raw("item") ?? .none] + args.variadic("items")
                return .function(
                    Function(Signature("itemgetter(obj, /)"), kind: .builtin) {
                        interpreter, inner throws(PythonError) in
                        let object = inner.raw("obj") ?? .none
                        let values = try keys.map { k throws(PythonError) in try interpreter.getItem(object, k) }
                        return values.count == 1 ? values[0] : .tuple(values)
                    })
            },
            StandardModules.function("attrgetter(attr, /, *attrs)") { _, args throws(PythonError) in
                let names = [args.raw("attr") ?? .none] + args.variadic("attrs")
                return .function(
                    Function(Signature("attrgetter(obj, /)"), kind: .builtin) {
                        interpreter, inner throws(PythonError) in
                        let object = inner.raw("obj") ?? .none
                        let values = try names.map { name throws(PythonError) in
                            guard case .string(let path) = name else { throw .type("attribute name must be a string") }
                            var value = object
                            for part in path.split(separator: ".") {
                                value = try interpreter.attribute(of: value, String(part))
                            }
                            return value
                        }
                        return values.count == 1 ? values[0] : .tuple(values)
                    })
            },
        ]
        return result
    }
}
