import ArrayEngine

/// `np.isnat`, `np.datetime_as_string` and `np.datetime_data`: questions about dates
/// and their units, answered as NumPy does.
extension NumPyModule {
    static func dateFunctions() -> [Function] {
        [
            function("isnat(x, /)", doc: "Whether each datetime or timedelta is NaT.") { _, args throws(PythonError) in
                let x = try Convert.array(args.raw("x") ?? .none)
                guard x.dtype.isTime else {
                    throw .type("ufunc 'isnat' is only defined for np.datetime64 and np.timedelta64.")
                }
                return try result(UnaryKernel.run(.isnan, x))
            },
            function(
                "datetime_as_string(arr, unit=None, timezone='naive', casting='same_kind')",
                doc: "ISO 8601 text of each datetime, in its unit or in unit (converted under casting=)."
            ) { _, args throws(PythonError) in
                let arr = try Convert.array(args.raw("arr") ?? .none)
                guard arr.dtype.kind == .datetime, let from = arr.dtype.timeUnit else {
                    throw .type("input must have type NumPy datetime")
                }
                let utc = try timezoneIsUTC(args.raw("timezone") ?? .string("naive"))
                var unit = from
                if let code = try args.string("unit") {
                    guard code != "auto", let given = TimeUnit(code: code) else {
                        throw .notImplemented("datetime_as_string(unit='\(code)') is not supported yet")
                    }
                    // NumPy writes weeks as their first day.
                    unit = given == .week ? .day : given
                    try checkCasting(try args.casting(), from: from, to: unit)
                }
                let texts = try arr.timeCounts().map { scalar -> [UInt32] in
                    let count = scalar.exactInteger ?? TimeUnit.notATime
                    if count == TimeUnit.notATime { return FixedString.codes("NaT") }
                    let text = DateTimeText.format(from.convertDatetime(count, to: unit), unit)
                    return FixedString.codes(utc && unit >= .hour ? text + "Z" : text)
                }
                let type = DType.string(.str, length: DateTimeText.isoLength(unit))
                return try result(NDArray.from(stringCodes: texts, shape: arr.shape, dtype: type))
            },
            function("datetime_data(dtype, /)", doc: "The unit of a datetime or timedelta type and its count.") {
                _, args throws(PythonError) in
                let dtype = try Convert.dtype(args.raw("dtype") ?? .none)
                guard dtype.isTime else { throw .type("cannot get datetime metadata from non-datetime type") }
                return .tuple([.string(dtype.timeUnit?.rawValue ?? "generic"), .int(1)])
            },
        ]
    }

    /// `timezone=`: 'naive' or 'UTC'; 'local' needs unsafe casting in NumPy, and time zone objects are not built.
    private static func timezoneIsUTC(_ value: Value) throws(PythonError) -> Bool {
        guard case .string(let name) = value, name == "naive" || name == "UTC" else {
            if case .string("local") = value {
                throw .type(
                    "Cannot create a local timezone-based date string from a NumPy datetime without forcing 'unsafe' casting"
                )
            }
            throw .notImplemented("datetime_as_string with timezone=\(Repr.tryRepr(value)) is not supported yet")
        }
        return name == "UTC"
    }

    /// 'safe' writes only in a finer unit (or the same), 'no' and 'equiv' only in the same one.
    private static func checkCasting(_ casting: Casting, from: TimeUnit, to unit: TimeUnit) throws(PythonError) {
        let allowed =
            switch casting {
            case .no, .equiv: from == unit
            case .safe: from <= unit
            case .sameKind, .unsafe, .sameValue: true
            }
        guard allowed else {
            throw .type(
                "Cannot create a datetime string as units '\(unit.rawValue)' from a NumPy datetime with units '\(from.rawValue)' according to the rule '\(casting.rawValue)'"
            )
        }
    }
}
