import ArrayEngine

/// Stride tricks and broadcasting: views that present memory with other strides,
/// several elements sharing one byte (overlapping windows, stride-0 axes).
extension NumPyModule {
    /// `np.broadcast_arrays`, `np.broadcast_shapes`.
    static func broadcastingFunctions() -> [Function] {
        [
            function(
                "broadcast_arrays(*args, subok=False)",
                doc: """
                    Views of the arrays stretched to one shape (stride 0 on stretched axes); an array already of that shape comes back itself.
                    """
            ) { interpreter, args throws(PythonError) in
                _ = try args.bool("subok")
                let arrays = try args.variadic("args").map { v throws(PythonError) in try Convert.array(v) }
                let shape = try Broadcasting.commonShape(arrays.map(\.shape))
                return .tuple(
                    try arrays.map { a throws(PythonError) in
                        a.shape == shape ? .array(a) : .array(try a.broadcastForArrays(to: shape))
                    })
            },
            function(
                "broadcast_shapes(*args)",
                doc: "The shape arrays of these shapes broadcast to (a tuple; no array is made)."
            ) { interpreter, args throws(PythonError) in
                let shapes = try args.variadic("args").map { v throws(PythonError) -> [Int] in
                    let shape = try Convert.shape(v)
                    if shape.contains(where: { $0 < 0 }) { throw .value("negative dimensions are not allowed") }
                    return shape
                }
                return .tuple(try Broadcasting.commonShape(shapes).map { .int($0) })
            },
        ]
    }

    /// `numpy.lib.stride_tricks`.
    static func strideTricksModule() -> Module {
        let functions = [
            function(
                "as_strided(x, shape=None, strides=None, subok=False, writeable=True)",
                doc: """
                    A view of x's memory with the given shape and byte strides: windows may overlap, and writes go through to x.
                    """
            ) { interpreter, args throws(PythonError) in
                let x = try args.array("x")
                _ = try args.bool("subok")
                let shape = try args["shape"].map { v throws(PythonError) in try integers(interpreter, v) } ?? x.shape
                let strides =
                    try args["strides"].map { v throws(PythonError) in try integers(interpreter, v) } ?? x.strides
                if shape.contains(where: { $0 < 0 }) { throw .value("negative dimensions are not allowed") }
                return .array(try x.asStrided(shape: shape, strides: strides, writeable: try args.bool("writeable")))
            },
            function(
                "sliding_window_view(x, window_shape, axis=None, *, subok=False, writeable=False)",
                doc: """
                    Every window of window_shape along axis as one overlapping view of x (read-only unless writeable=True).
                    """
            ) { interpreter, args throws(PythonError) in
                let x = try args.array("x")
                _ = try args.bool("subok")
                let raw = args.raw("window_shape") ?? .none
                let window: [Int] =
                    switch raw {
                    case .tuple, .list, .array: try integers(interpreter, raw)
                    default: [try Convert.index(raw)]
                    }
                return .array(
                    try x.slidingWindows(window, axes: try args.axes(), writeable: try args.bool("writeable")))
            },
        ]
        return Module(
            name: "numpy.lib.stride_tricks",
            attributes: Dictionary(uniqueKeysWithValues: functions.map { ($0.name, .function($0)) }))
    }

    /// A sequence of integers, as `tuple(value)` reads it (an int alone is not iterable).
    static func integers(_ interpreter: Interpreter, _ value: Value) throws(PythonError) -> [Int] {
        try interpreter.iterate(value).map { v throws(PythonError) in try Convert.index(v) }
    }
}

/// The base of an `as_strided` view: NumPy's `DummyArray`, holding the original
/// array's `__array_interface__` and the array itself as its `base`.
final class DummyArrayObject: PythonObject {
    let holder: NDArray
    init(_ holder: NDArray) { self.holder = holder }

    var pythonType: PythonType { .dummyArray }
    var typeName: String { "DummyArray" }
    var identity: AnyObject { holder }
    var heldValues: [Value] { [.array(holder)] }
    var attributeNames: [String] { ["__array_interface__", "base"] }
    func repr() -> String {
        "<numpy.lib._stride_tricks_impl.DummyArray object at 0x\(String(ObjectIds.address(of: holder), radix: 16))>"
    }

    func attribute(_ name: String) throws(PythonError) -> Value? {
        switch name {
        case "base": holder.base.map { .array($0) } ?? Value.none
        case "__array_interface__":
            .dict(try DictObject(ArrayAttributes.interface(of: holder).map { (.string($0.0), $0.1) }))
        default: nil
        }
    }

    func asArray() throws(PythonError) -> NDArray? { holder }
}
