import Foundation

/// NumPy 2.x's `repr` and `str` of arrays: `array([1, 2, 3])`, `[1 2 3]`.
///
/// A port of `numpy/_core/arrayprint.py`, honouring the print options of the
/// thread (`PrintOptions.current`: line width, summarisation threshold, edge
/// items, precision, suppression of scientific notation).
public enum ArrayFormatter {
    static var lineWidth: Int { PrintOptions.current.lineWidth }
    static var threshold: Int { PrintOptions.current.threshold }
    static var edgeItems: Int { PrintOptions.current.edgeItems }

    /// `repr(a)`: `array([...], dtype=int32)`; `memmap([...])` for the memory of a
    /// mapped file, as NumPy prints its `memmap` arrays.
    public static func repr(_ array: NDArray) throws(PythonError) -> String {
        if array.isRecordArray { return try recordArrayRepr(array) }
        let prefix = array.buffer.isMappedFile ? "memmap(" : "array("
        let body =
            array.size == 0
            ? "[]"
            : try guarded(array) { () throws(PythonError) in
                try layout(array, separator: ", ", prefix: prefix, width: lineWidth - 1)
            }
        var extras: [String] = []
        if (array.size == 0 && array.shape != [0]) || array.size > threshold {
            extras.append("shape=\(ShapeText.tuple(array.shape))")
        }
        if !array.dtype.isImpliedInRepr || array.size == 0 {
            extras.append("dtype=\(array.dtype.reprName)")
        }
        if extras.isEmpty { return prefix + body + ")" }
        let text = prefix + body + ","
        let extra = extras.joined(separator: ", ") + ")"
        let lastLine =
            text.count - (text.lastIndex(of: "\n").map { text.distance(from: text.startIndex, to: $0) + 1 } ?? 0)
        let spacer = lastLine + extra.count + 1 > lineWidth ? "\n" + String(repeating: " ", count: prefix.count) : " "
        return text + spacer + extra
    }

    /// NumPy's `recarray.__repr__`: `rec.array([...],` and the dtype (as `str` gives it,
    /// with `np.void` scalars) always on the next line.
    private static func recordArrayRepr(_ array: NDArray) throws(PythonError) -> String {
        let prefix = "rec.array("
        let body =
            array.size > 0 || array.shape == [0]
            ? (array.size == 0 ? "[]" : try layout(array, separator: ", ", prefix: prefix, width: lineWidth - 1))
            : "[], shape=\(ShapeText.tuple(array.shape))"
        let dtype = array.dtype.withRecordScalars(false).strText
        return "\(prefix)\(body),\n\(String(repeating: " ", count: prefix.count))dtype=\(dtype))"
    }

    /// `str(a)`, what `print(a)` shows: `[1 2 3]`.
    public static func str(_ array: NDArray) throws(PythonError) -> String {
        if array.ndim == 0 {
            // A 0-d record prints as its np.void does.
            if array.dtype.record != nil { return try voidText(array, repr: false) }
            // A 0-d object array prints as its element's str, as NumPy's `str(a[()])`.
            if array.dtype.isObject { return try ObjectStore.plainText(at: array.pointer) }
            if array.dtype.isString {
                // NumPy prints a 0-d bytes array as its scalar's repr: np.bytes_(b'ab').
                let text = stringText(array.dtype.loadCodes(from: array.pointer), array.dtype)
                return array.dtype.scalarType == .bytes ? "np.bytes_(\(text))" : text
            }
            return ScalarFormatter.str(array.load(at: array.pointer))
        }
        if array.size == 0 { return "[]" }
        return try guarded(array) { () throws(PythonError) in
            try layout(array, separator: " ", prefix: "", width: lineWidth)
        }
    }

    /// Lays out an array's elements; an object array met again inside itself shows `...`
    /// for its elements, as NumPy's `recursive_guard` does (only object arrays can hold arrays).
    private static func guarded(_ array: NDArray, _ body: () throws(PythonError) -> String) throws(PythonError)
        -> String
    {
        guard array.dtype.isObject else { return try body() }
        let guardian = LayoutGuard.current
        let key = ObjectIdentifier(array)
        guard !guardian.arrays.contains(key) else { return "..." }
        // Object arrays nested inside each other: NumPy spends about 11 of Python's 1000 frames on
        // each level of its repr, so the 91st level is its RecursionError.
        if guardian.arrays.count >= PythonError.recursionLimit / 11 {
            throw PythonError("RecursionError", "maximum recursion depth exceeded")
        }
        guardian.arrays.insert(key)
        defer { guardian.arrays.remove(key) }
        return try body()
    }

    private static func layout(_ array: NDArray, separator: String, prefix: String, width: Int) throws(PythonError)
        -> String
    {
        let summarize = array.size > threshold
        let format = try elementFormat(array, summarize: summarize)
        return layout(shape: array.shape, separator: separator, prefix: prefix, width: width) {
            format(array.address(of: $0))
        }
    }

    /// `np.array2string(a, separator=, prefix=, suffix=)` of a non-empty array: the
    /// bracketed rows, wrapped `prefix.count` in, leaving room for the suffix.
    public static func array2string(_ array: NDArray, separator: String, prefix: String, suffix: String)
        throws(PythonError) -> String
    {
        try layout(array, separator: separator, prefix: prefix, width: lineWidth - suffix.count)
    }

    /// `np.array2string` of a non-empty array of the shape whose element at each index
    /// reads `text(index)`: how NumPy lays out an object array (masked arrays print
    /// `--` among their values this way).
    public static func array2string(
        shape: [Int], separator: String, prefix: String, suffix: String, text: @escaping ([Int]) -> String
    ) -> String {
        layout(shape: shape, separator: separator, prefix: prefix, width: lineWidth - suffix.count, text: text)
    }

    private static func layout(
        shape: [Int], separator: String, prefix: String, width: Int, text: @escaping ([Int]) -> String
    ) -> String {
        let summarize = shape.reduce(1, *) > threshold
        let hanging = String(repeating: " ", count: prefix.count + 1)
        var lines = LineLayout(
            shape: shape, format: text, separator: separator, summarize: summarize, edgeItems: edgeItems)
        return lines.recurse(index: [], hanging: hanging, width: width)
    }

    /// The text of the element at an address, formatted for the values that will be shown.
    private static func elementFormat(_ array: NDArray, summarize: Bool) throws(PythonError) -> (UnsafeRawPointer) ->
        String
    {
        if array.dtype.record != nil { return try recordFormat(array, summarize: summarize) }
        if array.dtype.isObject {
            // The values' own texts, made first (a value's repr may raise), unpadded as NumPy's.
            var texts: [UnsafeRawPointer: String] = [:]
            for address in shownAddresses(array, summarize: summarize) where texts[address] == nil {
                texts[address] = try ObjectStore.arrayText(at: address)
            }
            return { texts[$0] ?? ObjectStore.emptyText }
        }
        if array.dtype.isVariableString {
            let dtype = array.dtype
            let missing = dtype.missing?.repr ?? ""
            return { dtype.loadVariableText(from: $0).map { stringText($0, dtype, repr: true) } ?? missing }
        }
        if array.dtype.isString {
            let dtype = array.dtype
            return { stringText(dtype.loadCodes(from: $0), dtype, repr: true) }
        }
        let format = ElementFormat(
            dtype: array.dtype, values: try shownValues(array, summarize: summarize),
            isZeroDimensional: array.ndim == 0, options: PrintOptions.current
        ).format
        let dtype = array.dtype
        return { format(dtype.loadScalar(from: $0)) }
    }

    /// NumPy's `StructuredVoidFormat`: each field formatted for its own shown values,
    /// the record as a tuple, `(1, 2.)` (`(1,)` for one field).
    static func recordFormat(
        _ array: NDArray, summarize: Bool,
        floatsAsScalars: Bool = false
    ) throws(PythonError) -> (UnsafeRawPointer) -> String {
        let fields = array.dtype.record?.fields ?? []
        var formats: [(UnsafeRawPointer) -> String] = []
        for field in fields {
            let view = try array.field(field.name)
            let single: (UnsafeRawPointer) -> String
            if floatsAsScalars, field.dtype.isFloat {
                // np.void's own text shows float fields as their scalars' str: 0.5, 0.0.
                single = { FloatText.scalar(field.dtype.loadScalar(from: $0).doubleValue, field.dtype.scalarType) }
            } else {
                single = try elementFormat(view, summarize: summarize)
            }
            let strides = NDArray.contiguousStrides(shape: field.shape, itemsize: field.dtype.itemsize)
            formats.append { subarrayText($0 + field.offset, field.shape[...], strides[...], single) }
        }
        return { address in
            let parts = formats.map { $0(address) }
            return parts.count == 1 ? "(\(parts[0]),)" : "(" + parts.joined(separator: ", ") + ")"
        }
    }

    /// A field's subarray in one record as NumPy's `SubArrayFormat` writes it: nested
    /// `[a, b, c]` lists on one line; the value itself for a field without a shape.
    private static func subarrayText(
        _ address: UnsafeRawPointer, _ shape: ArraySlice<Int>, _ strides: ArraySlice<Int>,
        _ single: (UnsafeRawPointer) -> String
    ) -> String {
        guard let extent = shape.first, let stride = strides.first else { return single(address) }
        let items = (0..<extent).map { i in
            subarrayText(address + i * stride, shape.dropFirst(), strides.dropFirst(), single)
        }
        return "[" + items.joined(separator: ", ") + "]"
    }

    /// A string element as Python shows it: `'ab'` in an array (`repr`), `ab` by `str`; bytes always `b'ab'`.
    public static func stringText(_ codes: [UInt32], _ dtype: DType, repr: Bool = false) -> String {
        if dtype.scalarType == .bytes { return PythonText.repr(bytes: codes.map { UInt8(truncatingIfNeeded: $0) }) }
        let text = FixedString.text(codes)
        return repr ? PythonText.repr(text) : text
    }

    /// `repr`/`str` of an `np.void` scalar: one record, a 0-d view of its array.
    public static func voidText(_ record: NDArray, repr: Bool) throws(PythonError) -> String {
        let text = try recordFormat(record, summarize: false, floatsAsScalars: true)(record.pointer)
        guard repr else { return text }
        let type = record.dtype.hasRecordScalars ? "np.record" : "np.void"
        return "\(type)(\(text), dtype=\(record.dtype.withRecordScalars(false).reprName))"
    }

    /// The elements that will be printed (all, or the edges of each long axis).
    private static func shownValues(_ array: NDArray, summarize: Bool) throws(PythonError) -> [Scalar] {
        guard summarize else { return try array.timeCounts() }
        return shownAddresses(array, summarize: true).map { array.load(at: $0) }
    }

    /// The addresses of the elements that will be printed, in C order.
    private static func shownAddresses(_ array: NDArray, summarize: Bool) -> [UnsafeRawPointer] {
        var addresses: [UnsafeRawPointer] = []
        func walk(_ index: [Int]) {
            if index.count == array.ndim {
                addresses.append(array.address(of: index))
                return
            }
            let extent = array.shape[index.count]
            let positions =
                summarize && 2 * edgeItems < extent
                ? Array(0..<edgeItems) + Array((extent - edgeItems)..<extent)
                : Array(0..<extent)
            for i in positions { walk(index + [i]) }
        }
        walk([])
        return addresses
    }
}

/// `_formatArray`: nested brackets, wrapping rows at the line width.
private struct LineLayout {
    let shape: [Int]
    let format: ([Int]) -> String
    let separator: String
    let summarize: Bool
    let edgeItems: Int

    mutating func recurse(index: [Int], hanging: String, width: Int) -> String {
        let axesLeft = shape.count - index.count
        if axesLeft == 0 { return format(index) }
        let nextHanging = hanging + " "
        let nextWidth = width - 1
        let extent = shape[index.count]
        let edge = edgeItems
        let showSummary = summarize && 2 * edge < extent
        let leading = showSummary ? edge : 0
        let trailing = showSummary ? edge : extent
        let trimmedSeparator = String(separator.reversed().drop(while: { $0 == " " }).reversed())
        var text = ""
        if axesLeft == 1 {
            let elementWidth = width - max(trimmedSeparator.count, 1)
            var line = hanging
            func extend(_ word: String) {
                let words = word.split(separator: "\n", omittingEmptySubsequences: false)
                let widest = words.map(\.count).max() ?? 0
                if line.count + widest > elementWidth && line.count > hanging.count {
                    text += trimmedEnd(line) + "\n"
                    line = hanging
                }
                // NumPy's `_extendLine_pretty`: the lines of a word of several (an array inside
                // an object array) start where its first did, the last padded to the widest.
                let indent = String(repeating: " ", count: line.count)
                line += words[0]
                for next in words.dropFirst() {
                    text += trimmedEnd(line) + "\n"
                    line = indent + next
                }
                if words.count > 1 { line += String(repeating: " ", count: widest - words[words.count - 1].count) }
            }
            for i in 0..<leading {
                extend(recurse(index: index + [i], hanging: nextHanging, width: nextWidth))
                line += separator
            }
            if showSummary {
                extend("...")
                line += separator
            }
            for i in stride(from: trailing, to: 1, by: -1) {
                extend(recurse(index: index + [extent - i], hanging: nextHanging, width: nextWidth))
                line += separator
            }
            extend(recurse(index: index + [extent - 1], hanging: nextHanging, width: nextWidth))
            text += line
        } else {
            let lineSeparator = trimmedSeparator + String(repeating: "\n", count: axesLeft - 1)
            for i in 0..<leading {
                text += hanging + recurse(index: index + [i], hanging: nextHanging, width: nextWidth) + lineSeparator
            }
            if showSummary { text += hanging + "..." + lineSeparator }
            for i in stride(from: trailing, to: 1, by: -1) {
                text +=
                    hanging + recurse(index: index + [extent - i], hanging: nextHanging, width: nextWidth)
                    + lineSeparator
            }
            text += hanging + recurse(index: index + [extent - 1], hanging: nextHanging, width: nextWidth)
        }
        return "[" + text.dropFirst(hanging.count) + "]"
    }

    private func trimmedEnd(_ line: String) -> String { String(line.reversed().drop(while: { $0 == " " }).reversed()) }
}

/// The object arrays being laid out by this thread: per thread, since sessions running
/// on other threads (the tests run many at once) print arrays of their own. An
/// `NSObject`, which the thread's dictionary stores without wrapping it.
private final class LayoutGuard: NSObject {
    var arrays: Set<ObjectIdentifier> = []

    static var current: LayoutGuard {
        let key = "arrsh.ArrayFormatter.layoutGuard"
        if let existing = Thread.current.threadDictionary[key] as? LayoutGuard { return existing }
        let made = LayoutGuard()
        Thread.current.threadDictionary[key] = made
        return made
    }
}
