import ArrayEngine

/// NumPy's printing of masked arrays (`MaskedArray.__repr__`, `__str__`): the values
/// as an object array with `--` where masked, the mask, the fill value, and the dtype
/// when the values do not imply it or none is shown.
extension MaskedArray {
    func repr() -> String {
        if isConstant { return "masked" }
        do { return try reprText() } catch { return "masked_array(<\(error.message)>)" }
    }

    func str() -> String {
        if isConstant { return "--" }
        do {
            if mask == nil { return try ArrayFormatter.str(data) }
            return try valuesText(separator: " ", prefix: "", suffix: "")
        } catch {
            return "<\(error.message)>"
        }
    }

    private func reprText() throws(PythonError) -> String {
        let prefix = "masked_array("
        let allMasked = try mask.map { m throws(PythonError) in
            try Reduction.run(.all, m, axes: nil, keepdims: false).item().boolValue
        }
        let showDType = !data.dtype.isImpliedInRepr || allMasked == true || data.size == 0
        let keys = ["data", "mask", "fill_value"] + (showDType ? ["dtype"] : [])
        // One row: the first key beside the name, the others aligned on its `=`.
        let oneRow = data.shape.dropLast().allSatisfy { $0 == 1 }
        var indents: [String: String] = [:]
        for key in keys {
            indents[key] =
                !oneRow
                ? "  " : key == "data" ? prefix : String(repeating: " ", count: max(2, prefix.count + 4 - key.count))
        }
        var texts: [String: String] = [:]
        let dataPrefix = (indents["data"] ?? "") + "data="
        texts["data"] =
            mask == nil
            ? try Self.arrayText(data, prefix: dataPrefix)
            : try valuesText(separator: ", ", prefix: dataPrefix, suffix: ",")
        texts["mask"] = try Self.arrayText(
            mask ?? .scalar(Scalar(bool: false)), prefix: (indents["mask"] ?? "") + "mask=")
        texts["fill_value"] = fillValueText()
        texts["dtype"] = data.dtype.reprName
        let body = keys.map { "\(indents[$0] ?? "")\($0)=\(texts[$0] ?? "")" }.joined(separator: ",\n")
        return (oneRow ? "" : prefix + "\n") + body + ")"
    }

    /// `np.array2string(a, separator=", ", prefix=..., suffix=",")`.
    private static func arrayText(_ array: NDArray, prefix: String) throws(PythonError) -> String {
        if array.ndim == 0 { return try ArrayFormatter.str(array) }
        if array.size == 0 { return "[]" }
        return try ArrayFormatter.array2string(array, separator: ", ", prefix: prefix, suffix: ",")
    }

    /// The fill value as the repr shows it: a string's repr, a scalar of the array's own
    /// dtype as `str`, any other as its repr (`np.int64(999999)` for an int8 array).
    private func fillValueText() -> String {
        let fill = effectiveFillValue
        let scalar = fill.load(at: fill.pointer)
        if fill.dtype.isString, fill.dtype.scalarType == data.dtype.scalarType {
            return ArrayFormatter.stringText(fill.dtype.loadCodes(from: fill.pointer), fill.dtype, repr: true)
        }
        return fill.dtype == data.dtype ? ScalarFormatter.str(scalar) : ScalarFormatter.repr(scalar)
    }

    /// The values with `--` where masked, laid out as NumPy lays out the object array it
    /// makes of them; past 1,500 values along a 1-d array (100 along any axis of more
    /// dimensions) only the first and last halves are shown, as NumPy cuts them (its
    /// summarising of long arrays then applies to what is left).
    private func valuesText(separator: String, prefix: String, suffix: String) throws(PythonError) -> String {
        let mask = try maskArray()
        let data = data
        if data.ndim == 0 { return try elementText(data, mask, at: []) }
        if data.size == 0 { return "[]" }
        let printWidth = data.ndim > 1 ? 100 : 1500
        let half = printWidth / 2
        let shown = data.shape.map { $0 > printWidth ? 2 * half : $0 }
        let original: ([Int]) -> [Int] = { index in
            zip(index, data.shape).map { i, extent in extent > printWidth && i >= half ? extent - 2 * half + i : i }
        }
        return ArrayFormatter.array2string(shape: shown, separator: separator, prefix: prefix, suffix: suffix) {
            index in
            (try? self.elementText(data, mask, at: original(index))) ?? "?"
        }
    }

    /// `--` for a masked value, else the repr of the Python object NumPy's object array holds.
    private func elementText(_ data: NDArray, _ mask: NDArray, at index: [Int]) throws(PythonError) -> String {
        if mask.load(at: mask.address(of: index)).boolValue { return "--" }
        let address = data.address(of: index)
        if data.dtype.isString {
            return ArrayFormatter.stringText(data.dtype.loadCodes(from: address), data.dtype, repr: true)
        }
        return try Repr.repr(Convert.python(data.load(at: address)))
    }
}
