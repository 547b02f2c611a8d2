import ArrayEngine

/// `import` and `from ... import`: NumPy, and the standard modules array snippets use.
extension Interpreter {
    /// A module by its dotted name, made once (a second import gives the same object).
    func module(named name: String) throws(PythonError) -> Module {
        if name == "numpy" { return numpy }
        if name == "numpy.exceptions", case .module(let m)? = numpy.attributes["exceptions"] { return m }
        if let known = modules[name] { return known }
        guard let made = StandardModules.make(name, in: self) else {
            throw PythonError("ModuleNotFoundError", "No module named '\(name)'")
        }
        modules[name] = made
        return made
    }

    /// `import a.b as c` binds c to a.b; `import a.b` binds a.
    func importModule(_ name: String, alias: String?) throws(PythonError) {
        let imported = try module(named: name)
        if let alias {
            store(alias, .module(imported))
        } else {
            let top = String(name.prefix { $0 != "." })
            store(top, .module(try module(named: top)))
        }
    }

    func importNames(_ names: [(name: String, alias: String?)], from moduleName: String) throws(PythonError) {
        let source = try module(named: moduleName)
        for (name, alias) in names {
            if name == "*" {
                for (key, value) in source.attributes where !key.hasPrefix("_") { store(key, value) }
                continue
            }
            guard let value = source.attributes[name] else {
                throw PythonError("ImportError", "cannot import name '\(name)' from '\(source.name)'")
            }
            store(alias ?? name, value)
        }
    }
}
