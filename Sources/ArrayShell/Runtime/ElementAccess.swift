import ArrayEngine

/// `a[i]`, `a[i, j]` and `a[i] = x` for one element, as loops write them: the
/// element's address is computed from the ints directly, with no index plan.
///
/// Only the plainest cases take this path (one int per dimension, all in range, an
/// array in ordinary memory, a value of the array's own type); for everything else,
/// errors included, these answer nil and the general path decides.
enum ElementAccess {
    /// The address of the element `index` names, or nil when it is not one in-range
    /// int per dimension of an array of numbers (no records, no strings) in heap memory.
    static func address(in a: NDArray, at index: Value) -> UnsafeMutableRawPointer? {
        guard !a.dtype.selectsAsView, a.buffer.origin == .heap else { return nil }
        let shape = a.shape
        let strides = a.strides
        switch index {
        case .int(let i):
            guard shape.count == 1, let i = inRange(i, shape[0]) else { return nil }
            return a.pointer + i * strides[0]
        case .tuple(let items):
            guard items.count == shape.count, !items.isEmpty else { return nil }
            var byte = 0
            for (axis, item) in items.enumerated() {
                guard case .int(let i) = item, let i = inRange(i, shape[axis]) else { return nil }
                byte += i * strides[axis]
            }
            return a.pointer + byte
        default:
            return nil
        }
    }

    /// `a[i, j]` with its two ints given apart (no tuple built), as `address(in:at:)`
    /// answers for `.tuple([.int(i), .int(j)])`.
    static func address(in a: NDArray, at i: Int, _ j: Int) -> UnsafeMutableRawPointer? {
        guard !a.dtype.selectsAsView, a.buffer.origin == .heap else { return nil }
        let shape = a.shape
        guard shape.count == 2, let i = inRange(i, shape[0]), let j = inRange(j, shape[1]) else { return nil }
        let strides = a.strides
        return a.pointer + i * strides[0] + j * strides[1]
    }

    /// `a[index]` when that is one element, read as `getItem` reads it; nil when the
    /// general path must decide.
    static func element(of a: NDArray, at index: Value) -> Value? {
        guard !a.isRecordArray, let address = address(in: a, at: index) else { return nil }
        return load(from: a, at: address)
    }

    /// `a[i, j]` when that is one element, read as `getItem` reads it; nil when the general path must decide.
    static func element(of a: NDArray, at i: Int, _ j: Int) -> Value? {
        guard !a.isRecordArray, let address = address(in: a, at: i, j) else { return nil }
        return load(from: a, at: address)
    }

    /// The element at `address` in `a` as a NumPy scalar: an int64 or float64 read
    /// straight into its `Value`, any other through the engine's `Scalar`.
    static func load(from a: NDArray, at address: UnsafeMutableRawPointer) -> Value {
        .scalar(NumPyScalar.load(a.dtype, at: address) ?? NumPyScalar(a.load(at: address)))
    }

    /// `a[index] = value` when that writes one element of a writeable array with no
    /// conversion; false, writing nothing, when the general path must decide.
    static func setElement(of a: NDArray, at index: Value, to value: Value) -> Bool {
        guard a.isWriteable, !a.warnsOnWrite, let address = address(in: a, at: index) else { return false }
        return store(value, into: a, at: address)
    }

    /// Writes `value` at `address` in `a` when that needs no conversion (`exact`); false,
    /// writing nothing, otherwise. A Python int or float goes straight to memory.
    static func store(_ value: Value, into a: NDArray, at address: UnsafeMutableRawPointer) -> Bool {
        let dtype = a.dtype
        guard dtype.isNative else { return false }
        switch (value, dtype.scalarType) {
        case (.int(let i), .int64): address.storeBytes(of: Int64(i), as: Int64.self)
        case (.int(let i), .float64): address.storeBytes(of: Double(i), as: Double.self)
        case (.float(let d), .float64): address.storeBytes(of: d, as: Double.self)
        case (.scalar(.int64(let i)), .int64): address.storeBytes(of: i, as: Int64.self)
        case (.scalar(.float64(let d)), .float64): address.storeBytes(of: d, as: Double.self)
        default:
            guard let element = exact(value, as: dtype) else { return false }
            a.store(element, at: address)
        }
        return true
    }

    /// `value` as an element of `dtype` when storing it needs no conversion NumPy could
    /// warn or raise about: an int into int64, an int or float into float64, a bool
    /// into bool, or a NumPy scalar of that very dtype.
    ///
    /// An array's dtype of a numeric type differs from the plain one only by its byte
    /// order, so its scalar type is compared, not the whole dtype.
    private static func exact(_ value: Value, as dtype: DType) -> Scalar? {
        guard dtype.isNative else { return nil }
        switch (value, dtype.scalarType) {
        case (.int(let i), .int64): return Scalar(int64: Int64(i))
        case (.int(let i), .float64): return Scalar(double: Double(i))
        case (.float(let d), .float64): return Scalar(double: d)
        case (.bool(let b), .bool): return Scalar(bool: b)
        case (.scalar(let s), _) where s.dtype == dtype: return s.scalar
        default: return nil
        }
    }

    /// `i` counted from the end when negative; nil when out of range.
    private static func inRange(_ i: Int, _ count: Int) -> Int? {
        let position = i < 0 ? i + count : i
        return position >= 0 && position < count ? position : nil
    }
}
