import ArrayEngine

/// The fill value: what `filled()` puts in place of masked values. Each dtype has a
/// default (`np.ma.default_fill_value`), kept in NumPy's own scalar type for it: an
/// int8 array's default is `np.int64(999999)`, a float32 array's `np.float64(1e+20)`.
extension MaskedArray {
    /// The fill value; the default is stored on first use, as NumPy's `fill_value`
    /// property stores it (so that results made from this array afterwards carry it).
    var effectiveFillValue: NDArray {
        if let fillValue { return fillValue }
        let made = Self.defaultFillValue(data.dtype)
        fillValue = made
        return made
    }

    static func defaultFillValue(_ dtype: DType) -> NDArray {
        switch dtype.kind {
        case .boolean: return .scalar(Scalar(bool: true))
        case .unsigned: return .scalar(Scalar(.uint(999_999), as: .uint64))
        case .floating: return .scalar(Scalar(double: 1e20))
        case .complex: return .scalar(Scalar(.complex(1e20, 0), as: .complex128))
        default:
            guard dtype.isString else { return .scalar(Scalar(int64: 999_999)) }
            let text = DType.string(dtype.scalarType, length: 3)
            return (try? Convert.array(.string("N/A"), dtype: text)) ?? .scalar(Scalar(int64: 999_999))
        }
    }

    /// A fill value given for this array, converted to its dtype as NumPy's
    /// `_check_fill_value` converts it (None: back to the default).
    func checkedFillValue(_ value: Value, in interpreter: Interpreter) throws(PythonError) -> NDArray? {
        if value.isNone { return nil }
        if case .string = value, !data.dtype.isString {
            throw .type("Cannot set fill value of string with array of dtype \(data.dtype.name)")
        }
        do throws(PythonError) {
            let converted = try interpreter.callNumPy("asarray", [value], keywords: [("dtype", .dtype(data.dtype))])
            guard case .array(let fill) = converted, fill.ndim == 0 else {
                throw PythonError.notImplemented("a fill value of more than one value is not implemented in arrsh")
            }
            return try fill.copy()
        } catch let error where error.exception == "OverflowError" || error.exception == "ValueError" {
            throw .type("Cannot convert fill_value \((try? Repr.str(value)) ?? "") to dtype \(data.dtype.name)")
        }
    }

    /// `filled(fill_value)`: a new array, the fill value where values are masked.
    func filled(_ value: Value, in interpreter: Interpreter) throws(PythonError) -> NDArray {
        guard let mask else { return data }
        // NumPy reads (and so stores) the array's own fill value only when none is given.
        let given = value.isNone ? nil : try checkedFillValue(value, in: interpreter)
        let fill = given ?? effectiveFillValue
        guard try hasMasked else { return data }
        let result = try data.copy()
        _ = try interpreter.callNumPy(
            "copyto", [.array(result), .array(fill)],
            keywords: [("casting", .string("unsafe")), ("where", .array(mask))])
        return result
    }
}
