import ArrayEngine

/// `np.dtypes`, of which arrsh has `StringDType`: variable-width text arrays, with an
/// optional missing-value sentinel (`na_object=`) and `coerce=False` for text only.
extension NumPyModule {
    /// `np.dtypes.StringDType`: called, it makes the dtype; passed as a dtype itself, it is `StringDType()`.
    static func dtypesModule() -> Module {
        Module(name: "numpy.dtypes", attributes: ["StringDType": .function(stringDType())])
    }

    private static func stringDType() -> Function {
        function(
            "StringDType(*, na_object=<no value>, coerce=True)",
            doc: "A StringDType: UTF-8 text of any length in each element; na_object marks missing ones."
        ) { _, args throws(PythonError) in
            let missing = try args.raw("na_object").map { value throws(PythonError) in try missingString(value) }
            return .dtype(DType(variableStringMissing: missing, coerce: try args.bool("coerce")))
        }
    }

    /// Whether a value is `np.dtypes.StringDType` itself (which names `StringDType()` as a dtype).
    static func isStringDTypeClass(_ f: Function) -> Bool { f.kind == .numpy && f.name == "StringDType" }

    /// The sentinels arrsh models: `None`, a NaN, a string.
    private static func missingString(_ value: Value) throws(PythonError) -> MissingString {
        if StringValues.isMissing(value, .none) { return .none }
        if StringValues.isMissing(value, .nan) { return .nan }
        if case .string(let text) = value { return .text(FixedString.codes(text)) }
        throw .notImplemented("StringDType(na_object=...) takes None, a NaN or a str in arrsh")
    }
}
