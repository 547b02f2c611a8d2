import ArrayEngine

/// `import numpy...` and `from numpy... import name`, and what a module answers for
/// a name it lacks.
///
/// The modules are `numpy` and the submodules arrsh models (`numpy.lib`,
/// `numpy.lib.stride_tricks`, `numpy.linalg`, ...), each reached through its
/// parent's attributes, so `import numpy.linalg as la` and `np.linalg` are one object.
extension Interpreter {
    /// `import numpy.lib.stride_tricks [as name]`: binds `numpy`, or the named module to `name`.
    func importModule(_ path: String, alias: String?) throws(PythonError) {
        let module = try importedModule(path)
        if let alias {
            globals[alias] = .module(module)
        } else {
            globals["numpy"] = .module(numpy)
        }
    }

    /// `from numpy.lib.stride_tricks import as_strided [as name], ...` and `from numpy import *`.
    func importNames(from path: String, _ names: [(name: String, alias: String?)]) throws(PythonError) {
        let module = try importedModule(path)
        for (name, alias) in names {
            if name == "*" {
                for (key, value) in module.attributes where !key.hasPrefix("_") { globals[key] = value }
                continue
            }
            if let value = module.attributes[name] {
                globals[alias ?? name] = value
                continue
            }
            if NumPyNames.modules[module.name]?.contains(name) == true { throw Interpreter.notInArrsh(module.name, name) }
            throw PythonError("ImportError", "cannot import name '\(name)' from '\(module.name)'")
        }
    }

    /// The module a dotted path names, each part an attribute of the one before.
    private func importedModule(_ path: String) throws(PythonError) -> Module {
        let parts = path.split(separator: ".").map(String.init)
        guard parts.first == "numpy" else { throw PythonError("ModuleNotFoundError", "No module named '\(path)'") }
        var module = numpy
        for part in parts.dropFirst() {
            if case .module(let next)? = module.attributes[part] {
                module = next
                continue
            }
            if NumPyNames.modules[module.name]?.contains(part) == true { throw Interpreter.notInArrsh(module.name, part) }
            throw PythonError("ModuleNotFoundError", "No module named '\(module.name).\(part)'")
        }
        return module
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
