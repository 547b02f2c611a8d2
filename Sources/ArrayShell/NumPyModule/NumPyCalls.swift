import ArrayEngine

/// Calls of other `np` functions by name, for the functions NumPy itself writes in
/// Python over its ufuncs (`sinc`, `hanning`, `select`, ...): written the same way
/// here, they promote, print and raise exactly as those calls do.
struct NumPyCalls {
    let interpreter: Interpreter

    /// `np.name(positional..., keyword=value...)`.
    func callAsFunction(_ name: String, _ positional: Value..., keywords: [(name: String, value: Value)] = [])
        throws(PythonError) -> Value
    {
        try call(name, positional, keywords: keywords)
    }

    /// `np.name(*positional, **keywords)`.
    func call(_ name: String, _ positional: [Value], keywords: [(name: String, value: Value)] = [])
        throws(PythonError) -> Value
    {
        guard let function = interpreter.numpy.attributes[name] else {
            throw .notImplemented("np.\(name) is not implemented in arrsh")
        }
        return try interpreter.call(function, Arguments(positional, keywords: keywords))
    }

    /// The array a call returned (NumPy scalars as 0-d arrays).
    func array(_ name: String, _ positional: Value..., keywords: [(name: String, value: Value)] = [])
        throws(PythonError) -> NDArray
    {
        try Convert.array(try call(name, positional, keywords: keywords))
    }
}
