import ArrayEngine

/// `import functools`: `reduce`, `partial`, and the caching decorators (which
/// return the function unchanged: the results are the same, only slower).
enum FunctoolsModule {
    static func functions() -> [Function] {
        [
            StandardModules.function(
                "reduce(function, iterable, initial=<no value>, /)", "Folds the items from the left."
            ) { interpreter, args throws(PythonError) in
                let function = args.raw("function") ?? .none
                let iterator = try interpreter.makeIterator(args.raw("iterable") ?? .none)
                var first = args.raw("initial")
                if first == nil { first = try iterator.next() }
                guard var total = first else {
                    throw .type("reduce() of empty iterable with no initial value")
                }
                while let item = try iterator.next() {
                    total = try interpreter.call(function, Arguments([total, item]))
                }
                return total
            },
            StandardModules.function("partial(func, /, *args, **keywords)", "func with some arguments given now.") {
                _, args throws(PythonError) in
                let function = args.raw("func") ?? .none
                let given = args.variadic("args")
                let keywords = args.keywords("keywords")
                return .function(
                    Function(Signature("partial(*args, **keywords)"), kind: .builtin) {
                        interpreter, more throws(PythonError) in
                        var merged = keywords
                        for (name, value) in more.keywords("keywords") {
                            merged.removeAll { $0.name == name }
                            merged.append((name, value))
                        }
                        return try interpreter.call(
                            function, Arguments(given + more.variadic("args"), keywords: merged))
                    })
            },
            identityDecorator("cache"),
            StandardModules.function("lru_cache(maxsize=128, typed=False)", "A caching decorator.") {
                _, args throws(PythonError) in
                if case .function = args.raw("maxsize") ?? .none { return args.raw("maxsize") ?? .none }
                _ = args.raw("typed")
                return .function(identityDecorator("decorating_function"))
            },
            StandardModules.function(
                "wraps(wrapped, assigned=None, updated=None)", "A decorator that names a wrapper after wrapped."
            ) { _, args throws(PythonError) in
                _ = args.raw("wrapped")
                return .function(identityDecorator("decorator"))
            },
        ]
    }

    private static func identityDecorator(_ name: String) -> Function {
        StandardModules.function("\(name)(user_function, /)") { _, args throws(PythonError) in
            args.raw("user_function") ?? .none
        }
    }
}
