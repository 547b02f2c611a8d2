/// An N-dimensional view of a buffer: NumPy's array model.
///
/// Element `(i0, i1, ...)` lives at byte `offset + i0*strides[0] + i1*strides[1] + ...`
/// of `buffer`. A view is a new `NDArray` over the same buffer; `base` names the
/// array that owns the buffer (never a chain), and is nil for an owner. Identity
/// (`===`) is what Python's `id` and `is` report.
public final class NDArray {
    /// Replaced only by `resize`, which gives an owner new memory.
    public private(set) var buffer: Buffer
    /// Byte offset of element (0, 0, ...) from the buffer's start.
    public private(set) var offset: Int
    public private(set) var shape: [Int]
    /// Byte steps per dimension; negative for reversed views, zero for broadcast ones.
    public private(set) var strides: [Int]
    public internal(set) var dtype: DType
    /// The array that owns `buffer`, or nil when this array owns it.
    public var base: NDArray? { baseLink.array }
    /// `base`, held in a struct: a stored `NDArray?` of its own class makes Swift free
    /// the chain in a loop (three more reference counts at every release of a view),
    /// which a chain collapsed to the owner, one or two arrays long, never needs.
    private let baseLink: BaseLink
    private struct BaseLink { let array: NDArray? }
    /// `flags.writeable`: cleared for read-only memory and broadcast views.
    public internal(set) var isWriteable: Bool
    /// `setflags(align=False)` clears NumPy's ALIGNED flag whatever the address.
    var isAlignedFlagCleared = false
    /// NumPy's WARN_ON_WRITE: a stretched result of `broadcast_arrays` is writeable for
    /// now, but the shell warns when it is written or its writeable flag is read.
    /// Views inherit it; the first write, or setting the flag, clears it.
    public internal(set) var warnsOnWrite = false
    /// True for the stand-in of NumPy's `DummyArray`, the object `as_strided` builds
    /// over an array's `__array_interface__` and makes the base of its result.
    public internal(set) var isInterfaceHolder = false
    /// The Python class is `numpy.recarray` (fields read as attributes, `rec.array(...)`
    /// printed). Views inherit it, as NumPy's subclass passes to views.
    /// Set only on a new array no view has seen yet (a copy made a recarray).
    public var isRecordArray = false

    init(
        buffer: Buffer, offset: Int, shape: [Int], strides: [Int], dtype: DType,
        base: NDArray?, writeable: Bool = true
    ) {
        // The buffer is counted before it is stored: used after, it is retained and released once more.
        buffer.arrays += 1
        if dtype.isObject { ObjectStore.register(buffer) }
        self.buffer = buffer
        self.offset = offset
        self.shape = shape
        self.strides = strides
        // A new array stores a native dtype that spells out its byte order (`<i8`) as the
        // plain one (every other dtype already is what `native` makes of it); a view keeps
        // the dtype it is given, as NumPy's views share their array's (`n[1:].dtype`).
        self.dtype = base == nil && dtype.spellsOutByteOrder ? dtype.native : dtype
        self.baseLink = BaseLink(array: base)
        self.isWriteable = writeable
    }

    deinit { buffer.arrays -= 1 }

    public var ndim: Int { shape.count }
    /// Element count; never overflows, since every shape passed `byteCount(shape:itemsize:)`.
    public var size: Int { shape.contains(0) ? 0 : shape.reduce(1, *) }
    public var itemsize: Int { dtype.itemsize }
    public var nbytes: Int { size * itemsize }
    /// `flags.owndata`: false for views, for a mapped file, whose memory belongs to
    /// the mapping (NumPy's memmap has an `mmap` object as its base), and for borrowed memory.
    public var ownsData: Bool { base == nil && buffer.origin == .heap }

    /// The base a view of this array gets when the view is (or is not) a recarray: as
    /// NumPy collapses bases, the first array down the chain that owns the memory, is
    /// of another class than the view, or stands on a stride trick's holder (which is
    /// not an ndarray). For plain arrays that is the owner of the memory.
    func base(forView recordArray: Bool) -> NDArray {
        var candidate = self
        while let next = candidate.base, !next.isInterfaceHolder, next.isRecordArray == recordArray {
            candidate = next
        }
        return candidate
    }

    /// The base a view of the same class gets (the owner of the memory, for plain arrays).
    public var owner: NDArray { base(forView: isRecordArray) }

    /// The array at the end of the base chain: the memory's owner even when a stride
    /// trick's holder or another class stands between (where a view's base stops, as NumPy's does).
    public var root: NDArray {
        var array = self
        while let next = array.base { array = next }
        return array
    }

    /// Address of element (0, 0, ...).
    public var pointer: UnsafeMutableRawPointer { buffer.pointer + offset }

    /// Makes a view of the same memory with new geometry, of this array's class unless
    /// `recordArray` says (`view(np.recarray)`); its base is the owner of the memory.
    /// The view takes `shape` and `strides` as they are given (consumed: no retain and
    /// release of each when the caller made them for it).
    public func view(
        offset: Int? = nil, shape: consuming [Int], strides: consuming [Int], dtype: DType? = nil,
        recordArray: Bool? = nil
    ) -> NDArray {
        let recordArray = recordArray ?? isRecordArray
        let result = NDArray(
            buffer: buffer, offset: offset ?? self.offset, shape: shape, strides: strides,
            dtype: dtype ?? self.dtype, base: base(forView: recordArray), writeable: isWriteable)
        result.warnsOnWrite = warnsOnWrite
        result.isRecordArray = recordArray
        return result
    }

    /// `a.view()`: a new array object over the same elements.
    public func view() -> NDArray { view(shape: shape, strides: strides) }

    /// Replaces shape and strides in place (for `a.shape = ...`); callers validate.
    func setGeometry(shape: [Int], strides: [Int]) {
        self.shape = shape
        self.strides = strides
    }

    /// Moves an owner onto new memory (`a.resize`); its views keep the old buffer alive.
    func replaceMemory(_ newBuffer: Buffer, shape: [Int], strides: [Int]) {
        buffer.arrays -= 1
        newBuffer.arrays += 1
        if dtype.isObject { ObjectStore.register(newBuffer) }
        buffer = newBuffer
        offset = 0
        setGeometry(shape: shape, strides: strides)
    }
}

// MARK: - Creation

extension NDArray {
    /// A new C-contiguous array that owns fresh memory.
    /// An unsized string type (`np.zeros(2, dtype=str)`) holds one character, as in NumPy.
    public static func allocate(shape: [Int], dtype: DType, zeroed: Bool = true) throws(PythonError) -> NDArray {
        let dtype =
            dtype.isFixedWidthString && dtype.length == 0
            ? .string(dtype.scalarType, length: 1, byteSwapped: dtype.isByteSwapped) : dtype
        let bytes = try byteCount(shape: shape, itemsize: dtype.itemsize)
        // Object memory always starts as empty slots (None), never as stray handles.
        let buffer = try Buffer(
            byteCount: bytes, zeroed: zeroed || dtype.isObject,
            describing: "shape \(ShapeText.tuple(shape)) and data type \(dtype.name)")
        let array = NDArray(
            buffer: buffer, offset: 0, shape: shape,
            strides: freshStrides(shape: shape, itemsize: dtype.itemsize), dtype: dtype, base: nil)
        // Zeroed objects are the int 0, as NumPy fills them (`np.zeros`, `np.eye`, padding);
        // memory not asked to be zeroed holds None (NumPy's `np.empty`).
        if dtype.isObject, zeroed { try array.fill(Scalar(int64: 0)) }
        return array
    }

    /// The strides NumPy gives a freshly allocated array: C order, except that an
    /// empty array (some extent 0) gets all strides 0, as `np.zeros((2, 0)).strides`
    /// is `(0, 0)`. Views keep `contiguousStrides` (`z.reshape(0, 2)` is `(16, 8)`).
    static func freshStrides(shape: [Int], itemsize: Int) -> [Int] {
        shape.contains(0)
            ? [Int](repeating: 0, count: shape.count) : contiguousStrides(shape: shape, itemsize: itemsize)
    }

    /// The bytes an array of `shape` spans, checked as NumPy checks every new array
    /// (`PyArray_NewFromDescr`): extents of 0 are skipped, so the product of the
    /// other extents and the item size always fits in an `Int`, and so do `size`
    /// and every stride.
    static func byteCount(shape: [Int], itemsize: Int) throws(PythonError) -> Int {
        try checkRank(shape.count)
        var bytes = itemsize
        for extent in shape where extent != 0 {
            if extent < 0 { throw .value("negative dimensions are not allowed") }
            let (product, overflow) = bytes.multipliedReportingOverflow(by: extent)
            if overflow { throw .tooBig }
            bytes = product
        }
        return shape.contains(0) ? 0 : bytes
    }

    /// NumPy's `NPY_MAXDIMS`. Beyond it NumPy refuses to make an array; here it also keeps
    /// printing and the other per-axis recursions shallow.
    public static let maximumDimensions = 64

    static func checkRank(_ ndim: Int) throws(PythonError) {
        if ndim > maximumDimensions {
            throw .value("maximum supported dimension for an ndarray is currently \(maximumDimensions), found \(ndim)")
        }
    }

    /// C-order strides for a shape.
    public static func contiguousStrides(shape: [Int], itemsize: Int) -> [Int] {
        // One dimension: `[itemsize]`, shared (no allocation, no reference count) for small item sizes.
        if shape.count == 1 { return SharedShapes.vector(itemsize) }
        var strides = [Int](repeating: itemsize, count: shape.count)
        var step = itemsize
        for axis in shape.indices.reversed() {
            strides[axis] = step
            step *= max(shape[axis], 1)
        }
        return strides
    }

    /// A 0-d array holding one scalar.
    public static func scalar(_ value: Scalar) -> NDArray {
        let buffer = Buffer(small: value.dtype.itemsize)
        let array = NDArray(buffer: buffer, offset: 0, shape: [], strides: [], dtype: value.dtype, base: nil)
        array.store(value, at: array.pointer)
        return array
    }
}

/// Shapes as text in NumPy's messages.
public enum ShapeText {
    /// Python's tuple repr, as Python-level messages print it: `(3,)`, `(2, 3)`, `()`.
    public static func tuple(_ values: [Int]) -> String {
        values.count == 1 ? "(\(values[0]),)" : "(" + values.map(String.init).joined(separator: ", ") + ")"
    }

    /// NumPy's C-level `convert_shape_to_string`: `(2,3)`, `(3,)`; leading negative
    /// (unknown) extents are dropped and later ones print as `newaxis`.
    public static func compact(_ values: [Int]) -> String {
        let shown = values.drop(while: { $0 < 0 })
        guard let first = shown.first else { return "()" }
        let rest = shown.dropFirst().map { $0 < 0 ? ",newaxis" : ",\($0)" }.joined()
        return values.count == 1 ? "(\(first),)" : "(\(first)\(rest))"
    }
}

// MARK: - Flags

extension NDArray {
    /// `a.flags.writeable = value`: read-only is always allowed; writeable only when
    /// the memory itself is writeable (its owner is), as NumPy checks.
    public func setWriteable(_ value: Bool) throws(PythonError) {
        if value, let base, !base.isWriteable {
            throw .value("cannot set WRITEABLE flag to True of this array")
        }
        if value, !buffer.isWriteable {
            throw .value("cannot set WRITEABLE flag to True of this array")
        }
        isWriteable = value
        warnsOnWrite = false
    }

    /// Marks a stretched `broadcast_arrays` result (see `warnsOnWrite`).
    public func setWarnsOnWrite() { warnsOnWrite = true }

    /// After the one warning of a write: cleared here and along the base chain, as NumPy does.
    public func clearWarnsOnWrite() {
        var array: NDArray? = self
        while let current = array {
            current.warnsOnWrite = false
            array = current.base
        }
    }

    /// `a.setflags(align=...)`: clearing always works; setting needs real alignment.
    public func setAligned(_ value: Bool) throws(PythonError) {
        if value {
            isAlignedFlagCleared = false
            guard isAligned else {
                isAlignedFlagCleared = true
                throw .value("cannot set aligned flag of mis-aligned array to True")
            }
        } else {
            isAlignedFlagCleared = true
        }
    }
}

extension NDArray {
    /// The address of element (0, 0, ...) as an integer: what `a.ctypes.data` and
    /// `__array_interface__` report, so views differ from their base by their byte offset.
    public var address: Int { Int(bitPattern: pointer) }
}
