import ArrayEngine

/// One parameter of a function as NumPy (or Python) declares it: its name, how it
/// may be passed, its default, and whether arrsh honours values other than the default.
struct Parameter: Equatable {
    /// How an argument may reach the parameter (Python's `inspect.Parameter` kinds).
    enum Kind: Equatable {
        case positionalOnly, positionalOrKeyword, keywordOnly
        /// `*args`: the positional arguments left over.
        case variadicPositional
        /// `**kwargs`: the keyword arguments no other parameter takes.
        case variadicKeyword
    }

    /// What the parameter holds when no argument is given.
    enum Default: Equatable {
        case required
        /// A Python literal, shown as written: `None`, `'K'`, `-1`.
        case literal(String)
        /// NumPy's `<no value>`: the argument is simply absent.
        case noValue
    }

    let name: String
    let kind: Kind
    let defaultValue: Default
    /// False when arrsh only accepts the default (any other value raises NotImplementedError).
    let isHonoured: Bool

    var isRequired: Bool {
        defaultValue == .required && (kind == .positionalOnly || kind == .positionalOrKeyword || kind == .keywordOnly)
    }
    var takesPosition: Bool { kind == .positionalOnly || kind == .positionalOrKeyword }
    var takesKeyword: Bool { kind == .positionalOrKeyword || kind == .keywordOnly }
    var isVariadic: Bool { kind == .variadicPositional || kind == .variadicKeyword }

    /// The parameter as `help()` shows it: `axis=None`, `*args`, `keepdims=<no value>`.
    var text: String {
        switch (kind, defaultValue) {
        case (.variadicPositional, _): "*" + name
        case (.variadicKeyword, _): "**" + name
        case (_, .required): name
        case (_, .literal(let literal)): "\(name)=\(literal)"
        case (_, .noValue): "\(name)=<no value>"
        }
    }
}
