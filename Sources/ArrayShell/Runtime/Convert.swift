import ArrayEngine
import BigInt

/// Conversions between Python values and the engine's arrays, scalars and dtypes,
/// with Python's and NumPy's error messages.
enum Convert {
    /// `operator.index(value)`: an exact integer (ints, bools, NumPy integer scalars).
    static func index(_ value: Value) throws(PythonError) -> Int {
        switch value {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        case .scalar(let s) where s.dtype.kind != .floating:
            guard let i = s.exactInteger else { throw .overflow("Python int too large to convert to C ssize_t") }
            return Int(i)
        case .array(let a) where a.ndim == 0 && a.dtype.isInteger:
            return Int(try a.item().exactInteger ?? 0)
        case .bigInt:
            throw .overflow("Python int too large to convert to C ssize_t")
        default:
            throw .type("'\(value.typeName)' object cannot be interpreted as an integer")
        }
    }

    /// Python's `bool(value)`.
    static func truth(_ value: Value) throws(PythonError) -> Bool {
        switch value {
        case .none: return false
        case .bool(let b): return b
        case .int(let i): return i != 0
        case .bigInt: return true
        case .float(let d): return d != 0
        case .complex(let re, let im): return re != 0 || im != 0
        case .dict(let d): return d.count > 0
        case .set(let set): return set.count > 0
        case .range(let start, let stop, let step): return (Value.rangeCount(start, stop, step) ?? 1) > 0
        case .instance(let i): return try i.cls.interpreter?.instanceTruth(i) ?? true
        case .object(let o as DictView): return o.dict.count > 0
        // A masked array is true or false as its values are (NumPy's ndarray.__bool__).
        case .object(let m as MaskedArray): return try truth(.array(m.data))
        case .string(let s): return !s.isEmpty
        case .tuple(let items): return !items.isEmpty
        case .list(let list): return !list.items.isEmpty
        case .scalar(let s): return s.boolValue
        case .array(let a):
            if a.size == 1 { return try a.item().boolValue }
            if a.size == 0 {
                throw .value(
                    "The truth value of an empty array is ambiguous. Use `array.size > 0` to check that an array is not empty."
                )
            }
            throw .value("The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()")
        default: return true
        }
    }

    /// A dtype for an array from `np.int32`, `'int32'`, `int`, `float`, `bool`, a dtype
    /// object or fields: every form `dtypeObject` reads but a subarray dtype, whose arrays
    /// NumPy makes with its shape appended.
    static func dtype(_ value: Value) throws(PythonError) -> DType {
        let dtype = try dtypeObject(value)
        if dtype.subarray != nil {
            throw .notImplemented(
                "arrays of a subarray dtype (\(dtype.reprText)) are not supported yet; give its shape to the array")
        }
        return dtype
    }

    /// Every form `np.dtype(...)` reads, subarrays (`(np.int32, (2, 2))`, `'8f'`) among
    /// them; `align` lays records out as a C compiler would.
    static func dtypeObject(_ value: Value, align: Bool = false) throws(PythonError) -> DType {
        switch value {
        case .dtype(let d), .scalarType(let d): return d
        case .type(.int): return .int64
        case .type(.float): return .float64
        case .type(.complex): return .complex128
        case .list(let fields): return try RecordValues.dtype(fields: fields.items, aligned: align)
        case .dict(let dict): return try RecordValues.dtype(dict: dict, aligned: align)
        case .tuple(let parts): return try RecordValues.dtype(tuple: parts)
        case .type(.bool): return .bool
        case .string(let name):
            if let record = try RecordValues.dtype(commaSeparated: name, aligned: align) { return record }
            if let warning = DTypeNames.deprecation(name) { PendingWarnings.add(warning) }
            if let d = DType(name: name) { return d }
            if let shaped = try RecordValues.dtype(shapePrefixed: name) { return shaped }
            if DTypeNames.isUnsupported(name) {
                throw .notImplemented("arrsh has no arrays of dtype '\(name)' yet (long double)")
            }
            throw .type("data type '\(name)' not understood")
        case .type(.str): return DType(.str)
        case .type(.bytes): return DType(.bytes)
        case .type(.object): return .object
        // `dt.fields` read back as a dtype (NumPy's dict of fields by offset).
        case .object(let fields as MappingProxy): return DType(record: fields.record)
        case .type(.void), .type(.record): throw .notImplemented("unstructured void dtypes ('V') are not supported yet")
        case .none: return .float64
        case .function(let f) where NumPyModule.isStringDTypeClass(f): return .variableString
        default:
            throw .type("Cannot interpret '\(Repr.tryRepr(value))' as a data type")
        }
    }

    /// A shape from an int or a sequence of ints.
    static func shape(_ value: Value) throws(PythonError) -> [Int] {
        switch value {
        case .tuple(let items): return try items.map { v throws(PythonError) in try index(v) }
        case .list(let list): return try list.items.map { v throws(PythonError) in try index(v) }
        default: return [try index(value)]
        }
    }

    /// A Python float from a number.
    static func double(_ value: Value) throws(PythonError) -> Double {
        switch value {
        case .int(let i): return Double(i)
        case .bigInt(let b): return try PythonInt.double(b)
        case .float(let d): return d
        case .bool(let b): return b ? 1 : 0
        case .scalar(let s) where !s.dtype.isComplex: return s.doubleValue
        case .array(let a) where a.size == 1 && !a.dtype.isComplex: return try a.item().doubleValue
        default: throw .type("must be real number, not \(value.typeName)")
        }
    }

    /// The value of a NumPy scalar or an array selection.
    static func value(_ selection: NDArray.Selection) -> Value {
        switch selection {
        case .element(let s): .scalar(s)
        // One record of a structured array is an np.void viewing it.
        case .array(let a) where a.ndim == 0 && a.dtype.record != nil: .object(VoidScalar(a))
        // An element of a string array is an np.str_ / np.bytes_ holding its text.
        // StringDType's elements are Python's own str (or its missing-value sentinel).
        case .array(let a) where a.ndim == 0 && a.dtype.isVariableString:
            StringValues.python(a.dtype.loadVariableText(from: a.pointer), variable: a.dtype)
        case .array(let a) where a.ndim == 0 && a.dtype.isString:
            .object(StringScalar(a.dtype.loadCodes(from: a.pointer), type: a.dtype.scalarType))
        // An element of an object array is the value it refers to.
        case .array(let a) where a.ndim == 0 && a.dtype.isObject: ObjectValues.load(from: a.pointer)
        case .array(let a): .array(a)
        }
    }

    /// The Python value `a.item()` / `tolist()` give for an element.
    static func python(_ scalar: Scalar) -> Value {
        switch scalar.value {
        case .bool(let b): .bool(b)
        case .int(let i): .int(Int(i))
        // A uint64 past Int.max is a Python int all the same (it was a float: 1.8446744073709552e+19).
        case .uint(let u): Int(exactly: u).map { .int($0) } ?? .bigInt(BigInt(u))
        case .float(let d): .float(d)
        case .complex(let re, let im): .complex(re, im)
        }
    }

    // MARK: - Arrays from values

    /// `np.asarray(value)`: arrays pass through; scalars and nested sequences become new arrays.
    static func array(_ value: Value, dtype: DType? = nil) throws(PythonError) -> NDArray {
        // The commonest call, every np function's array argument: an array, no dtype asked.
        if dtype == nil, case .array(let a) = value { return a }
        if let dtype, dtype.isObject {
            if case .array(let a) = value, a.dtype.isObject { return a }
            return try ObjectValues.array(from: value)
        }
        if case .array(let a) = value, a.dtype.isObject, let dtype { return try ObjectValues.converted(a, to: dtype) }
        if case .array(let a) = value {
            if let dtype, dtype != a.dtype { return try a.copy(as: dtype) }
            return a
        }
        if case .object(let o) = value, let a = try o.asArray() {
            return try array(.array(a), dtype: dtype)
        }
        if let dtype, dtype.record != nil { return try RecordValues.array(value, dtype: dtype) }
        if let dtype, dtype.isTime { return try TimeValues.array(value, dtype: dtype) }
        if let flat = try flatNumbers(value, dtype: dtype) { return flat }
        var nesting = Nesting(variableString: dtype?.isVariableString == true ? dtype : nil)
        try nesting.flatten(value, depth: 0)
        // Values that are no numbers and no text make an object array, as NumPy discovers one.
        if nesting.firstObject != nil || !nesting.nones.isEmpty {
            guard let dtype else { return try ObjectValues.array(from: value) }
            if let object = nesting.firstObject {
                _ = try scalar(object)
                throw .objects
            }
            // None is NumPy's nan for floats (nan+nanj for complex) and False for bool; int() refuses it.
            if dtype.isInteger {
                throw .type("int() argument must be a string, a bytes-like object or a real number, not 'NoneType'")
            }
            guard dtype.isInexact || dtype == .bool else {
                throw .notImplemented("None in an array of \(dtype.name) is not supported yet")
            }
            let missing =
                dtype == .bool
                ? Scalar(bool: false)
                : dtype.isComplex ? Scalar(.complex(.nan, .nan), as: .complex128) : Scalar(double: .nan)
            for i in nesting.nones { nesting.scalars[i] = missing }
        }
        let (shape, scalars) = (nesting.shape, nesting.scalars)
        if let dtype, dtype.isVariableString {
            return try StringValues.variableArray(
                texts: nesting.texts, numbers: scalars, missing: nesting.missing, coerced: nesting.coerced,
                shape: shape,
                dtype: dtype)
        }
        if !nesting.texts.isEmpty || dtype?.isString == true {
            return try StringValues.array(texts: nesting.texts, numbers: scalars, shape: shape, dtype: dtype)
        }
        if let dtype, dtype.isInteger {
            // NumPy 2 refuses numbers that do not fit the requested integer type (see `integerElement`).
            for number in nesting.numbers { _ = try integerElement(number, dtype) }
        }
        if let dtype, !dtype.isComplex, dtype != .bool, scalars.contains(where: { $0.dtype.isComplex }) {
            throw complexArgument(dtype)
        }
        let inferred = if let dtype { dtype } else { try inferredType(scalars, empty: .float64) }
        // Times of several units are brought to the finest.
        if inferred.isTime { return try TimeValues.array(value, dtype: .time(inferred.scalarType, nil)) }
        return try NDArray.from(scalars: scalars, shape: shape, dtype: inferred)
    }

    /// A flat list or tuple of Python floats only, or of ints (each within int64) only,
    /// with no dtype asked or its own: the commonest `np.array([...])`, written straight
    /// into a float64 or int64 array. Nil for anything else (the general path decides).
    private static func flatNumbers(_ value: Value, dtype: DType?) throws(PythonError) -> NDArray? {
        let items: [Value]
        switch value {
        case .list(let list): items = list.items
        case .tuple(let tuple): items = tuple
        default: return nil
        }
        func filled<T>(_ type: DType, _ element: (Value) -> T?) throws(PythonError) -> NDArray? {
            guard dtype == nil || dtype == type else { return nil }
            let array = try NDArray.allocate(shape: [items.count], dtype: type, zeroed: false)
            let out = array.pointer.assumingMemoryBound(to: T.self)
            for (i, item) in items.enumerated() {
                guard let x = element(item) else { return nil }
                out[i] = x
            }
            return array
        }
        switch items.first {
        case .float: return try filled(.float64) { if case .float(let d) = $0 { d } else { nil } }
        case .int: return try filled(.int64) { if case .int(let i) = $0 { Int64(i) } else { nil } }
        default: return nil
        }
    }

    /// The dtype NumPy discovers for a list of elements.
    private static func inferredType(_ scalars: [Scalar], empty: DType) throws(PythonError) -> DType {
        guard let first = scalars.first else { return empty }
        return scalars.dropFirst().reduce(first.dtype) { DType.promote($0, $1.dtype) }
    }

    /// A string stored into a numeric array is parsed as `int()`/`float()` would, as NumPy does.
    static func parsingStrings(_ value: Value, as dtype: DType) throws(PythonError) -> Value {
        // Dates parse their own text ('2020-01-05', 'NaT').
        guard case .string(let text) = value, dtype.kind != .datetime else { return value }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if dtype.isFloat {
            guard let d = Double(trimmed) else {
                throw .value("could not convert string to float: \(Repr.quoted(text))")
            }
            return .float(d)
        }
        guard let i = Int(trimmed) else { throw .value("invalid literal for int() with base 10: \(Repr.quoted(text))") }
        return .int(i)
    }

    /// A strong (dtype-carrying) scalar for one Python or NumPy value.
    static func scalar(_ value: Value) throws(PythonError) -> Scalar {
        switch value {
        case .bool(let b): return Scalar(bool: b)
        case .int(let i): return Scalar(int64: Int64(i))
        case .bigInt(let b):
            // NumPy takes ints from 2**63 up to 2**64 as uint64; beyond, C's long overflows.
            guard let u = UInt64(exactly: b) else { throw .overflow("Python int too large to convert to C long") }
            return Scalar(.uint(u), as: .uint64)
        case .float(let d): return Scalar(double: d)
        case .complex(let re, let im): return Scalar(.complex(re, im), as: .complex128)
        case .scalar(let s): return s.scalar
        case .array(let a) where a.ndim == 0: return try a.item()
        case .string(let s):
            throw .notImplemented("string arrays are not supported (got '\(s)')")
        case .none:
            throw .notImplemented("object arrays are not supported (got None)")
        default:
            throw .type("float() argument must be a string or a real number, not '\(value.typeName)'")
        }
    }

    /// A value about to be written into an array of `dtype` (`a[i] = v`, `a.fill(v)`): as
    /// `operand`, except that numbers going into an integer type are checked as NumPy's
    /// setitem checks them (see `integerElement`), and sequences are read as that type.
    static func assignable(_ value: Value, into dtype: DType) throws(PythonError) -> NDArray {
        let value = try castingNone(value, to: dtype)
        guard dtype.record == nil, !dtype.isComplex, !dtype.isString, !dtype.isObject else {
            return try operand(value, besides: dtype)
        }
        switch value {
        case .list, .tuple: return try array(value, dtype: dtype)
        case .complex(let re, let im):
            // A Python complex goes through int() or float(), which refuse it; bool takes its truth.
            guard dtype == .bool else { throw complexArgument(dtype) }
            return try operand(.bool(re != 0 || im != 0), besides: dtype)
        case .float where dtype.isInteger, .scalar where dtype.isInteger:
            return try operand(try integerElement(value, dtype) ?? value, besides: dtype)
        default: return try operand(value, besides: dtype)
        }
    }

    /// What NumPy's setitem (and its cast from objects) makes of None in a numeric, text
    /// or date array: NaN in floats and complex numbers, False in booleans, the text
    /// `None` (cut to the width), NaT; integers refuse it as Python's int() does. Nil for
    /// other dtypes.
    private static func noneElement(_ dtype: DType) throws(PythonError) -> Value? {
        switch dtype.kind {
        case .floating: .float(.nan)
        case .complex: .complex(.nan, .nan)
        case .boolean: .bool(false)
        case .unicode, .bytes: .string("None")
        case .datetime: .string("NaT")
        case .signed, .unsigned: throw integerArgument(.none)
        case .void, .timedelta, .object, .variableString: nil
        }
    }

    /// `value`, or what NumPy makes of it when it is None (`noneElement`).
    static func castingNone(_ value: Value, to dtype: DType) throws(PythonError) -> Value {
        guard case .none = value, let element = try noneElement(dtype) else { return value }
        return element
    }

    /// Python's int() refusing a value that is not a number or text.
    private static func integerArgument(_ value: Value) -> PythonError {
        .type("int() argument must be a string, a bytes-like object or a real number, not '\(value.typeName)'")
    }

    /// What NumPy's setitem makes of a sequence stored into one element (`a[0] = [1]`,
    /// `m[0, 1] = np.array([5])`): integers take it through int() and floats refuse it,
    /// as text does a list; complex numbers want a real number; booleans take a list's or
    /// a tuple's truth, and a one-element array's. Returns the value to store
    /// instead; nil for values that are not sequences and for dtypes with rules of their
    /// own (records, times, objects), which go the broadcasting way.
    static func sequenceElement(_ value: Value, of dtype: DType) throws(PythonError) -> Value? {
        let sequence = PythonError.value("setting an array element with a sequence.")
        switch (value, dtype.kind) {
        case (.list, .signed), (.list, .unsigned), (.tuple, .signed), (.tuple, .unsigned): throw integerArgument(value)
        case (.list, .complex), (.tuple, .complex): throw .type("must be real number, not \(value.typeName)")
        case (.list, .unicode), (.list, .bytes), (.tuple, .unicode), (.tuple, .bytes):
            throw .value("setting an array element with a sequence")
        case (.list, .floating), (.tuple, .floating): throw sequence
        case (.tuple(let items), .boolean): return .bool(!items.isEmpty)
        case (.list(let list), .boolean): return .bool(!list.items.isEmpty)
        case (.array(let a), _) where a.ndim > 0:
            switch dtype.kind {
            case .signed, .unsigned, .floating: throw sequence
            case .complex: throw .type("only 0-dimensional arrays can be converted to Python scalars")
            case .boolean:
                if a.size != 1 { throw sequence }
                return .array(try a.reshape([]))
            case .unicode, .bytes, .void, .datetime, .timedelta, .object, .variableString: return nil
            }
        default: return nil
        }
    }

    /// Python's int() or float() refusing a complex number.
    private static func complexArgument(_ dtype: DType) -> PythonError {
        dtype.isInteger
            ? .type("int() argument must be a string, a bytes-like object or a real number, not 'complex'")
            : .type("float() argument must be a string or a real number, not 'complex'")
    }

    /// A number as NumPy's setitem makes it an element of an integer type: a Python int
    /// or float, or a real NumPy scalar going into a signed type, through Python's `int()`
    /// (nan and the infinities raise), the int then checked against the type's range. Nil
    /// for the numbers NumPy casts instead: any NumPy scalar going into an unsigned type
    /// (`np.float64(-1.5)` into uint8 is 255), complex and time scalars.
    private static func integerElement(_ number: Value, _ dtype: DType) throws(PythonError) -> Value? {
        let integer: Value
        switch number {
        case .float(let d): integer = try PythonInt.truncating(d)
        case .scalar(let s):
            guard dtype.kind == .signed, let int = try PythonInt.of(s.scalar) else { return nil }
            integer = int
        default: integer = number
        }
        _ = try operand(integer, besides: dtype)
        return integer
    }

    /// A Python number as NumPy 2 treats it next to an array of `dtype` (NEP 50: weak).
    ///
    /// Python ints take the array's integer type (and must fit in it), Python floats
    /// take its float type; NumPy scalars and arrays keep their own dtype.
    static func operand(_ value: Value, besides other: DType?) throws(PythonError) -> NDArray {
        // Into an object array, a value is one element (a sequence, its elements).
        if other?.isObject == true, !value.isArray { return try array(value, dtype: .object) }
        // Next to records and strings, a Python number keeps its own default type.
        guard let other, !other.isFlexible, !other.isTime else { return try array(value) }
        let weak: DType?
        switch value {
        case .int(let i):
            if other.isInteger {
                weak = other.native
                let bounds = integerBounds(other)
                if Double(i) < bounds.lowerBound || Double(i) > bounds.upperBound {
                    throw .overflow("Python integer \(i) out of bounds for \(other.name)")
                }
            } else {
                weak = other == .bool ? .int64 : other.native
            }
        case .bigInt(let b):
            if other.isFloat { return NDArray.scalar(Scalar(.float(try PythonInt.double(b)), as: other.native)) }
            guard other == .uint64, let u = UInt64(exactly: b) else {
                throw .overflow("Python int too large to convert to C long")
            }
            return NDArray.scalar(Scalar(.uint(u), as: .uint64))
        case .float: weak = other.isInexact ? other.native : .float64
        // A complex number takes the complex type holding the array's floats.
        case .complex: weak = other.isInexact ? other.realComponent.complexHolding : .complex128
        case .bool: weak = .bool
        default: weak = nil
        }
        guard let weak else { return try array(value) }
        return NDArray.scalar(Scalar(try scalar(value).value, as: weak))
    }

    private static func integerBounds(_ dtype: DType) -> ClosedRange<Double> {
        let bits = Double(dtype.itemsize * 8)
        return dtype.kind == .unsigned
            ? 0...(pow2(bits) - 1)
            : -pow2(bits - 1)...(pow2(bits - 1) - 1)
    }

    private static func pow2(_ exponent: Double) -> Double {
        var result = 1.0
        for _ in 0..<Int(exponent) { result *= 2 }
        return result
    }
}

/// Nested lists, tuples and arrays flattened into a shape and C-ordered scalars,
/// rejecting ragged nesting as NumPy does.
private struct Nesting {
    var shape: [Int] = []
    var scalars: [Scalar] = []
    /// The depth at which elements sit, fixed by the first element found.
    var leafDepth: Int?
    /// The Python ints and floats, and NumPy scalars in sequences, among the elements (a
    /// requested integer type checks them as NumPy's setitem does).
    var numbers: [Value] = []
    /// The text elements (`str`, `bytes`, string arrays' elements) by position, each with a
    /// placeholder in `scalars`.
    var texts: [Int: (codes: [UInt32], type: ScalarType)] = [:]
    /// The first element that is neither a number nor text nor None (a dict, an int past
    /// uint64), which only an object array holds (its place in `scalars` is a placeholder).
    var firstObject: Value?
    /// The positions of None, an object too, except in an array of a float type (nan) or bool (False).
    var nones: [Int] = []

    static func isObjectOnly(_ value: Value) -> Bool {
        switch value {
        case .bool, .int, .float, .complex, .scalar, .array: false
        case .bigInt(let b): UInt64(exactly: b) == nil
        default: true
        }
    }

    /// A StringDType being filled: its missing-value sentinel marks elements missing,
    /// and `None` is text (`'None'`) to it.
    let variableString: DType?
    /// The positions of missing elements (placeholders in `scalars`).
    var missing: Set<Int> = []
    /// The positions of objects other than text and numbers, stored as their `str()`.
    var coerced: Set<Int> = []

    init(variableString: DType? = nil) { self.variableString = variableString }

    mutating func flatten(_ value: Value, depth: Int) throws(PythonError) {
        let items: [Value]?
        switch value {
        case .list(let list): items = list.items
        case .tuple(let tuple): items = tuple
        case .range(let start, let stop, let step): items = try Value.rangeItems(start, stop, step)
        default: items = nil
        }
        if let items {
            try extend(depth: depth, by: [items.count])
            for item in items { try flatten(item, depth: depth + 1) }
            return
        }
        if case .array(let a) = value, a.ndim > 0 {
            try extend(depth: depth, by: a.shape)
            try settle(depth + a.ndim, at: depth)
            if a.dtype.isString {
                for codes in try a.stringCodes() { appendText(codes, a.dtype.scalarType) }
                return
            }
            scalars += try a.elements()
            return
        }
        try settle(depth, at: depth)
        if case .array(let a) = value, a.dtype.isString {
            return appendText(a.dtype.loadCodes(from: a.pointer), a.dtype.scalarType)
        }
        if let (codes, type) = StringValues.codes(value) { return appendText(codes, type) }
        if let variableString {
            if let sentinel = variableString.missing, StringValues.isMissing(value, sentinel) {
                missing.insert(scalars.count)
                return scalars.append(Scalar(bool: false))
            }
            switch value {
            case .int, .bigInt, .float, .bool, .complex, .scalar: break
            // Any other object is its str(), unless the dtype refuses non-text (`coerce=False`).
            default:
                coerced.insert(scalars.count)
                return appendText(FixedString.codes(try Repr.str(value)), .str)
            }
        }
        if value.isNone { nones.append(scalars.count) }
        if Nesting.isObjectOnly(value) {
            if firstObject == nil, !value.isNone { firstObject = value }
            return scalars.append(Scalar(bool: false))
        }
        switch value {
        case .int, .float: numbers.append(value)
        // A NumPy scalar is checked as an element of a sequence; alone, it is cast.
        case .scalar where depth > 0: numbers.append(value)
        default: break
        }
        scalars.append(try Convert.scalar(value))
    }

    private mutating func appendText(_ codes: [UInt32], _ type: ScalarType) {
        texts[scalars.count] = (codes, type)
        scalars.append(Scalar(bool: false))
    }

    /// Records `extents` as the next dimensions (or checks them against those seen).
    private mutating func extend(depth: Int, by extents: [Int]) throws(PythonError) {
        if let leafDepth, depth >= leafDepth { throw inhomogeneous(depth) }
        if depth + extents.count > NDArray.maximumDimensions {
            throw .value(
                "setting an array element with a sequence. The requested array would exceed the maximum number of dimension of \(NDArray.maximumDimensions)."
            )
        }
        for (k, extent) in extents.enumerated() {
            if depth + k == shape.count {
                shape.append(extent)
            } else if shape[depth + k] != extent {
                throw inhomogeneous(depth + k)
            }
        }
    }

    private mutating func settle(_ leaf: Int, at depth: Int) throws(PythonError) {
        if leafDepth == nil, leaf == shape.count { leafDepth = leaf }
        guard leafDepth == leaf else { throw inhomogeneous(depth) }
    }

    private func inhomogeneous(_ depth: Int) -> PythonError {
        let known = Array(shape.prefix(depth))
        return .value(
            "setting an array element with a sequence. The requested array has an inhomogeneous shape after \(known.count) dimensions. The detected shape was \(ShapeText.tuple(known)) + inhomogeneous part."
        )
    }
}
