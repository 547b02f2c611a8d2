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

    /// NumPy promotes StringDType with `str` types and itself only (`DType.promote`
    /// cannot refuse): its DTypePromotionError for any other type among `types`.
    static func checkStringDTypePromotion(_ types: [DType]) throws(PythonError) {
        guard types.contains(where: \.isVariableString),
            let other = types.first(where: { !$0.isVariableString && $0.scalarType != .str })
        else { return }
        throw PythonError(
            "DTypePromotionError",
            "The DTypes <class 'numpy.dtypes.StringDType'> and <class 'numpy.dtypes.\(DTypeNames.className(other))'> do not have a common DType. For example they cannot be stored in a single array unless the dtype is `object`."
        )
    }

    /// `np.concatenate`'s wording of the same refusal, naming every input's type.
    static func checkStringDTypeJoin(_ arrays: [NDArray]) throws(PythonError) {
        let types = arrays.map(\.dtype)
        guard let first = types.first, types.contains(where: \.isVariableString),
            let other = types.first(where: { !$0.isVariableString && $0.scalarType != .str })
        else { return }
        let names = types.map { "<class 'numpy.dtypes.\(DTypeNames.className($0))'>" }
        let partner = first == other ? "StringDType" : DTypeNames.className(other)
        throw PythonError(
            "DTypePromotionError",
            "The DType \(names[0]) could not be promoted by <class 'numpy.dtypes.\(partner)'>. This means that no common DType exists for the given inputs. For example they cannot be stored in a single array unless the dtype is `object`. The full list of DTypes is: (\(names.joined(separator: ", ")))"
        )
    }

}
