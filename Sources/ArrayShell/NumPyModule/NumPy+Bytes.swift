import ArrayEngine

/// Arrays over raw bytes and back: `np.frombuffer` and `np.ndarray(shape, dtype, buffer)`
/// view a bytes-like object's memory, `a.tobytes()` and `bytes(a)` copy it.
extension NumPyModule {
    static func bytesFunctions() -> [Function] {
        [
            function(
                "frombuffer(buffer, dtype=None, count=-1, offset=0, *, like=None)", notYet: ["like"], style: .numpyC,
                doc: """
                    A 1-D array viewing the bytes of buffer without copying (read-only over bytes; writeable over a bytearray or a writeable array).
                    """
            ) { _, args throws(PythonError) in
                let dtype = try args.dtype("dtype") ?? .float64
                if dtype.isObject { throw .value("cannot create an OBJECT array from memory buffer") }
                let count = try args.int("count") ?? -1
                let offset = try args.int("offset") ?? 0
                let source = try BufferSource(args.raw("buffer") ?? .none, frombuffer: true)
                guard offset >= 0, offset <= source.length else {
                    throw .value("offset must be non-negative and no greater than buffer length (\(source.length))")
                }
                let items: Int
                if count < 0 {
                    guard (source.length - offset) % dtype.itemsize == 0 else {
                        throw .value("buffer size must be a multiple of element size")
                    }
                    items = (source.length - offset) / dtype.itemsize
                } else {
                    guard case (let needed, false) = count.multipliedReportingOverflow(by: dtype.itemsize),
                        source.length - offset >= needed
                    else {
                        throw .value("buffer is smaller than requested size")
                    }
                    items = count
                }
                return .array(source.view(offset: offset, shape: [items], strides: [dtype.itemsize], dtype: dtype))
            }
        ]
    }

    /// `np.ndarray(shape, dtype, buffer, offset, strides, order)`: without a buffer, new
    /// memory (zeroed here; NumPy leaves it as it finds it); with one, a view of its
    /// bytes at `offset` with the strides given or those of `order`, which must stay
    /// inside it.
    static func ndarrayConstructor() -> Function {
        function(
            "ndarray(shape, dtype=float, buffer=None, offset=0, strides=None, order=None)", style: .cKeywords,
            doc: "An array of shape and dtype over the bytes of buffer (a view), or over new memory."
        ) { _, args throws(PythonError) in
            let shape = try args.shape("shape")
            let dtype = try args.dtype("dtype") ?? .float64
            let order = try args.order()
            let strides = try args.axes("strides")
            if let strides, strides.count != shape.count {
                throw .value("strides, if given, must be the same length as shape")
            }
            let layout = NDArray.contiguousStrides(shape: shape, itemsize: dtype.itemsize, fortran: order == .fortran)
            guard let buffer = args.raw("buffer"), !buffer.isNone else {
                guard strides == nil || strides == layout else {
                    throw .notImplemented("np.ndarray with strides= and no buffer is not supported")
                }
                return .array(try NDArray.allocate(shape: shape, dtype: dtype, order: order, zeroed: true))
            }
            if dtype.isObject { throw .type("cannot create an OBJECT array from memory buffer") }
            let source = try BufferSource(buffer, frombuffer: false)
            // NumPy reads before the buffer for a negative offset; refused here.
            let offset = try args.int("offset") ?? 0
            guard offset >= 0 else {
                throw .value("offset must be non-negative and no greater than buffer length (\(source.length))")
            }
            let (low, high) = NDArray.extent(shape: shape, strides: strides ?? layout, itemsize: dtype.itemsize)
            guard offset + low >= 0, offset + high <= source.length else {
                if strides != nil {
                    throw .value("strides is incompatible with shape of requested array and size of buffer")
                }
                throw .type("buffer is too small for requested array")
            }
            return .array(source.view(offset: offset, shape: shape, strides: strides ?? layout, dtype: dtype))
        }
    }
}

/// The memory of an object that exports it (Python's buffer protocol): bytes, a
/// bytearray, a memoryview, a contiguous array, a NumPy scalar.
private struct BufferSource {
    /// Where the bytes are: an array's memory, or the buffer of a bytes-like object.
    private enum Memory {
        case array(NDArray)
        case buffer(Buffer)
    }

    let length: Int
    private let memory: Memory

    /// `frombuffer`: read as `np.frombuffer` reads it, with its messages, and a
    /// bytearray's memory reached through a memoryview the array names as its base;
    /// else as `np.ndarray(buffer=)` reads it.
    init(_ source: Value, frombuffer: Bool) throws(PythonError) {
        let exporter: NDArray
        switch source {
        case .object(let o as BytesObject):
            length = o.count
            memory = .buffer(o.isMutable && frombuffer ? Bytes.shared(o) : o.buffer)
            return
        case .object(let o as MemoryViewObject):
            guard o.array.isCContiguous else {
                throw PythonError("BufferError", "memoryview: underlying buffer is not C-contiguous")
            }
            exporter = o.array
        case .array(let a):
            guard a.isCContiguous else {
                throw .value(frombuffer ? "ndarray is not C-contiguous" : "ndarray is not contiguous")
            }
            exporter = a
        case .scalar(let s):
            exporter = NDArray.scalar(s.scalar)
        default:
            throw .type("a bytes-like object is required, not '\(source.typeName)'")
        }
        // NumPy would read the addresses of the values, which say nothing about them.
        if exporter.dtype.isObject {
            throw .notImplemented("arrays over the memory of an object array are not supported")
        }
        length = exporter.nbytes
        memory = .array(exporter)
    }

    /// An array over these bytes; the caller has checked it stays inside them.
    func view(offset: Int, shape: [Int], strides: [Int], dtype: DType) -> NDArray {
        switch memory {
        case .buffer(let buffer):
            NDArray.over(buffer, offset: offset, shape: shape, strides: strides, dtype: dtype)
        case .array(let exporter):
            exporter.view(offset: exporter.offset + offset, shape: shape, strides: strides, dtype: dtype)
        }
    }
}

/// `a.tobytes(order)`: a copy of the elements' bytes in C or Fortran order.
enum Bytes {
    static func of(_ a: NDArray, order: ArrayOrder) throws(PythonError) -> BytesObject {
        // NumPy gives the addresses of the values, which say nothing about them.
        if a.dtype.isObject {
            throw .notImplemented("tobytes() of object arrays (their values' addresses) is not supported")
        }
        // 'K' reads in C order here, as NumPy's tobytes does.
        let copy = try a.copy(order: order == .keep ? .c : order)
        return try BytesObject(copying: copy.pointer, count: copy.nbytes)
    }

    /// A bytearray's memory as NumPy gets it through the buffer protocol: shared, with a
    /// memoryview of the bytearray as the holder arrays name as base. The memoryview is
    /// kept alive by the buffer, and keeps the bytearray from changing size.
    static func shared(_ bytes: BytesObject) -> Buffer {
        let memory = bytes.buffer
        let view = MemoryViewObject(
            exporter: .object(bytes),
            presenting: NDArray.over(memory, offset: 0, shape: [memory.byteCount], strides: [1], dtype: .uint8))
        // Released with the buffer; the interpreter runs on one thread.
        nonisolated(unsafe) let kept = view
        let shared = Buffer(
            adopting: memory.pointer, byteCount: memory.byteCount, origin: .borrowed, isWriteable: true
        ) { _, _ in withExtendedLifetime(kept) {} }
        shared.holder = view
        return shared
    }
}
