import ArrayEngine

/// `np.ma.MaskedArray`: an array of values and a boolean mask of its shape whose true
/// entries mark the values that are missing. Without a mask array (NumPy's `nomask`)
/// no value is. Basic slices view both the values and the mask, as NumPy's do.
///
/// The `masked` constant is one of these: a 0-d float64 whose only value is masked.
final class MaskedArray: PythonObject {
    /// The values, masked ones included (`.data` is a view of it).
    let data: NDArray
    /// True where a value is masked; nil is `nomask`.
    var mask: NDArray?
    /// A 0-d array: the fill value given by the user or a function (`masked_equal`),
    /// kept in its own dtype as NumPy keeps it; nil for the dtype's default.
    var fillValue: NDArray?
    /// A hard mask cannot be unmasked by assigning values (`harden_mask()`).
    var hardMask = false
    /// Attributes the user set (`m.units = 'cm'`): a MaskedArray has a `__dict__`.
    var userAttributes: [String: Value] = [:]
    /// The `np.ma.masked` constant, which prints as `masked`.
    let isConstant: Bool
    private let link: InterpreterLink

    init(data: NDArray, mask: NDArray?, fillValue: NDArray? = nil, link: InterpreterLink, isConstant: Bool = false) {
        self.data = data
        self.mask = mask
        self.fillValue = fillValue
        self.link = link
        self.isConstant = isConstant
    }

    /// The interpreter whose indexing and functions the array's operations use.
    var interpreter: Interpreter {
        get throws(PythonError) {
            guard let interpreter = link.interpreter else {
                throw .notImplemented("this masked array outlived its shell")
            }
            return interpreter
        }
    }

    /// A masked array over other values and mask, keeping this one's fill value and hardness.
    func derived(data: NDArray, mask: NDArray?) -> MaskedArray {
        let result = MaskedArray(data: data, mask: mask, fillValue: fillValue, link: link)
        result.hardMask = hardMask
        return result
    }

    /// `m.copy()`, `copy.copy(m)`: new memory for the values and the mask (`masked` is
    /// its own copy).
    func copied() throws(PythonError) -> Value {
        if isConstant { return .object(self) }
        return .object(derived(data: try data.copy(), mask: try mask?.copy()))
    }

    /// A masked array with nothing masked over new values.
    func make(_ data: NDArray, mask: NDArray?) -> MaskedArray {
        MaskedArray(data: data, mask: mask, link: link)
    }

    var pythonType: PythonType { isConstant ? .maskedConstant : .maskedArray }
    var typeName: String { isConstant ? "MaskedConstant" : "MaskedArray" }

    /// The mask as an array even under `nomask` (NumPy's `getmaskarray`).
    func maskArray() throws(PythonError) -> NDArray {
        if let mask { return mask }
        return try NDArray.full(shape: data.shape, value: Scalar(bool: false), dtype: .bool)
    }

    /// The mask, made an array of False first when there is none, for writing into.
    func writableMask() throws(PythonError) -> NDArray {
        if let mask { return mask }
        let made = try maskArray()
        mask = made
        return made
    }

    /// True when some value is masked.
    var hasMasked: Bool {
        get throws(PythonError) {
            guard let mask else { return false }
            return try MaskedArray.anyTrue(mask)
        }
    }

    static func anyTrue(_ mask: NDArray) throws(PythonError) -> Bool {
        try Reduction.run(.any, mask, axes: nil, keepdims: false).item().boolValue
    }

    /// Numbers, booleans and fixed-width strings: the dtypes masked arrays are built for here.
    static func checkSupported(_ dtype: DType) throws(PythonError) {
        guard !dtype.isTime, dtype.record == nil else {
            throw .notImplemented("masked arrays of dtype \(dtype.name) are not implemented in arrsh")
        }
    }

    // MARK: - Items

    /// An index as NumPy reads it: a masked array in it (`m[m > 1]`) by its values, mask
    /// ignored, as it indexes like the ndarray it subclasses.
    static func plainIndex(_ key: Value) -> Value {
        switch key {
        case .object(let array as MaskedArray): return .array(array.data)
        case .tuple(let items): return .tuple(items.map(plainIndex))
        default: return key
        }
    }

    func item(_ key: Value) throws(PythonError) -> Value {
        let key = Self.plainIndex(key)
        let interpreter = try self.interpreter
        let value = try interpreter.getItem(.array(data), key)
        let hidden = try mask.map { m throws(PythonError) in try interpreter.getItem(.array(m), key) }
        if case .array(let part) = value {
            if case .array(let partMask) = hidden { return .object(derived(data: part, mask: partMask)) }
            return .object(derived(data: part, mask: nil))
        }
        if let hidden, try Convert.truth(hidden) { return interpreter.maskedConstant }
        return value
    }

    func setItem(_ key: Value, _ value: Value) throws(PythonError) {
        let interpreter = try self.interpreter
        // Indexed by a masked array (`m[m > 1] = 0`), NumPy writes the values and leaves the mask.
        if key.maskedArray != nil, value.maskedArray == nil {
            try assign(Self.plainIndex(key), values: value, in: interpreter)
            return
        }
        let key = Self.plainIndex(key)
        if isConstant { throw .notImplemented("assigning into np.ma.masked is not implemented in arrsh") }
        if case .object(let given as MaskedArray) = value {
            if given.isConstant {
                try interpreter.setItem(.array(try writableMask()), key, to: .bool(true))
                return
            }
            try assign(key, values: .array(given.data), in: interpreter)
            if let givenMask = given.mask {
                let target = try writableMask()
                let merged =
                    hardMask
                    ? try interpreter.callNumPy(
                        "logical_or", [try interpreter.getItem(.array(target), key), .array(givenMask)])
                    : .array(givenMask)
                try interpreter.setItem(.array(target), key, to: merged)
            } else if !hardMask, let mask {
                try interpreter.setItem(.array(mask), key, to: .bool(false))
            }
            return
        }
        try assign(key, values: value, in: interpreter)
        if !hardMask, let mask { try interpreter.setItem(.array(mask), key, to: .bool(false)) }
    }

    /// Writes values into the data; under a hard mask the masked places keep theirs.
    private func assign(_ key: Value, values: Value, in interpreter: Interpreter) throws(PythonError) {
        guard hardMask, let mask else {
            try interpreter.setItem(.array(data), key, to: values)
            return
        }
        let kept = try interpreter.getItem(.array(data), key)
        let hidden = try interpreter.getItem(.array(mask), key)
        try interpreter.setItem(.array(data), key, to: try interpreter.callNumPy("where", [hidden, kept, values]))
    }

    func length() throws(PythonError) -> Int {
        guard data.ndim > 0 else { throw .type("len() of unsized object") }
        return data.shape[0]
    }

    func items() throws(PythonError) -> [Value] {
        guard data.ndim > 0 else { throw .type("iteration over a 0-d array") }
        var result: [Value] = []
        for i in 0..<data.shape[0] { result.append(try item(.int(i))) }
        return result
    }

    /// NumPy's functions other than `np.ma`'s would see the masked values as ordinary
    /// ones; until they honour masks they refuse masked arrays.
    func asArray() throws(PythonError) -> NDArray? {
        throw .notImplemented(
            "NumPy functions on masked arrays are not implemented in arrsh: use np.ma's functions and the array's methods"
        )
    }

    var heldValues: [Value] { [.array(data)] + (mask.map { [.array($0)] } ?? []) }
}
