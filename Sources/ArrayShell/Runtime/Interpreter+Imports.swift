import ArrayEngine

/// `import` and `from ... import`: NumPy with the submodules arrsh models, and the
/// standard modules array snippets use; and what a module answers for a name it lacks.
///
/// NumPy's submodules (`numpy.lib`, `numpy.lib.stride_tricks`, `numpy.linalg`, ...)
/// are reached through their parent's attributes, so `import numpy.linalg as la` and
/// `np.linalg` are one object.
extension Interpreter {
    /// A module by its dotted name, made once (a second import gives the same object).
    func module(named name: String) throws(PythonError) -> Module {
        let parts = name.split(separator: ".").map(String.init)
        if parts.first == "numpy" {
            var module = numpy
            for part in parts.dropFirst() {
                if case .module(let next)? = module.attributes[part] {
                    module = next
                    continue
                }
                // A submodule NumPy loads only when imported becomes its parent's attribute then, as in Python.
                if let made = NumPyModule.importedSubmodule(named: "\(module.name).\(part)") {
                    module.attributes[part] = .module(made)
                    module = made
                    continue
                }
                if NumPyNames.modules[module.name]?.contains(part) == true {
                    throw Interpreter.notInArrsh(module.name, part)
                }
                throw PythonError("ModuleNotFoundError", "No module named '\(module.name).\(part)'")
            }
            return module
        }
        if let known = modules[name] { return known }
        guard let made = StandardModules.make(name, in: self) else {
            // Python imports the parent first: a missing one is named, a plain module is no package.
            let top = String(name.prefix { $0 != "." })
            guard top != name else { throw PythonError("ModuleNotFoundError", "No module named '\(name)'") }
            _ = try module(named: top)
            throw PythonError("ModuleNotFoundError", "No module named '\(name)'; '\(top)' is not a package")
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

    /// `from numpy.lib.stride_tricks import as_strided [as name], ...` and `from numpy import *`.
    func importNames(_ names: [(name: String, alias: String?)], from moduleName: String) throws(PythonError) {
        let source = try module(named: moduleName)
        for (name, alias) in names {
            if name == "*" {
                for (key, value) in source.attributes where !key.hasPrefix("_") { store(key, value) }
                continue
            }
            if let value = source.attributes[name] {
                store(alias ?? name, value)
                continue
            }
            // `from numpy.lib import recfunctions` imports the submodule, as Python does.
            if NumPyModule.importedSubmodule(named: "\(source.name).\(name)") != nil {
                store(alias ?? name, .module(try module(named: "\(source.name).\(name)")))
                continue
            }
            if NumPyNames.modules[source.name]?.contains(name) == true {
                throw Interpreter.notInArrsh(source.name, name)
            }
            throw PythonError("ImportError", "cannot import name '\(name)' from '\(source.name)'")
        }
    }

    /// The error for `module.name` when the module lacks it: NotImplementedError for a
    /// name NumPy has (a gap in arrsh), NumPy's own AttributeError for any other.
    func missingAttribute(_ module: Module, _ name: String) -> PythonError {
        guard let known = NumPyNames.modules[module.name] else {
            return .attribute("module '\(module.name)' has no attribute '\(name)'")
        }
        if known.contains(name) { return Interpreter.notInArrsh(module.name, name) }
        if module.name == "numpy", let message = NumPyNames.removed[name] {
            if NumPyNames.futureScalars.contains(name) {
                warn("FutureWarning: In the future `np.\(name)` will be defined as the corresponding NumPy scalar.\n")
            }
            return .attribute(message)
        }
        return .attribute("module '\(module.name)' has no attribute '\(name)'")
    }

    private static func notInArrsh(_ module: String, _ name: String) -> PythonError {
        let prefix = module == "numpy" ? "np" : "np" + module.dropFirst("numpy".count)
        return .notImplemented("\(prefix).\(name) is not implemented in arrsh")
    }
}
