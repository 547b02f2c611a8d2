import ArrayEngine

/// `%mem`: a picture of each buffer in use and of the elements each variable covers.
///
/// One header line per buffer (number, dtype, element count, bytes, owner), then
/// one row per variable viewing it: a bar of cells over the buffer's elements
/// (scaled when the buffer is long, with the elements per cell in the header) where `█` marks covered elements, `░` cells
/// that are partly covered and `·` gaps; consecutive rows of a 2-D view alternate
/// `█`/`▓`, and `←` marks a view that walks the buffer backwards along some axis.
/// A digit marks elements the view reaches more than once (a stride-0 broadcast,
/// overlapping `as_strided` windows): `2`..`9` times, `*` for ten or more; a line
/// under the picture says so. Everything fits in 80 columns.
enum MemoryPicture {
    /// Cells in a bar; each stands for `ceil(elements / barWidth)` elements at most.
    static let barWidth = 36
    static let nameWidth = 10

    static func draw(_ variables: [(name: String, value: Value)], only names: [String]?) -> String {
        let arrays = variables.compactMap { entry -> (name: String, array: NDArray)? in
            guard case .array(let a) = entry.value else { return nil }
            if let names, !names.contains(entry.name) { return nil }
            return (entry.name, a)
        }
        guard !arrays.isEmpty else {
            return "No arrays\(names.map { " named " + $0.joined(separator: ", ") } ?? "").\n"
        }
        let owners = OwnerNames(variables)
        // Buffers in order of their first variable; variables in name order within each.
        // Memory borrowed from Python goes by its address: views of one bytearray
        // reached in different ways (`np.frombuffer`, `np.ndarray(buffer=)`) share it.
        var order: [UnsafeMutableRawPointer] = []
        var groups: [UnsafeMutableRawPointer: [(name: String, array: NDArray)]] = [:]
        for entry in arrays {
            let buffer = entry.array.buffer
            let key = buffer.origin == .borrowed ? buffer.pointer : Unmanaged.passUnretained(buffer).toOpaque()
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(entry)
        }
        var text = ""
        var repeats = false
        for (number, key) in order.enumerated() {
            guard let members = groups[key], let first = members.first else { continue }
            text += header(number: number + 1, owner: first.array.root, owners: owners)
            for member in members {
                let drawn = row(member.name, member.array, unit: first.array.root.itemsize)
                text += drawn.text
                repeats = repeats || drawn.repeats
            }
        }
        if repeats { text += "  (a digit: elements the view reaches that many times; * for 10 or more)\n" }
        return text
    }

    private static func header(number: Int, owner: NDArray, owners: OwnerNames) -> String {
        let count = owner.buffer.byteCount / owner.itemsize
        var who = owners.name(of: owner).map { "owned by \($0)" } ?? "owner has no name"
        if case .mappedFile(let path, let mode) = owner.buffer.origin { who = "maps \(path) ('\(mode)')" }
        if owner.buffer.origin == .borrowed { who = "the memory of \(owners.holder(of: owner.buffer))" }
        let scale = (count + barWidth - 1) / barWidth
        let line =
            "buffer #\(number)  \(owner.dtype.shownName) × \(count.grouped)  \(bytesText(owner.buffer.byteCount))  \(who)"
            + (scale > 1 ? "  (\(scale.grouped) per cell)" : "")
        return (line.count > 80 ? String(line.prefix(79)) + "…" : line) + "\n"
    }

    /// `unit`: the item size of the buffer's elements, which the bar counts.
    private static func row(_ name: String, _ a: NDArray, unit: Int) -> (text: String, repeats: Bool) {
        let shown = name.count > nameWidth ? String(name.prefix(nameWidth - 1)) + "…" : name
        let label = "  " + shown.padding(toLength: nameWidth, withPad: " ", startingAt: 0) + " "
        let drawn = cells(a, unit: unit)
        let bar = "[" + drawn + "]"
        let backwards = a.shape.indices.contains { a.strides[$0] < 0 && a.shape[$0] > 1 }
        let geometry = "offset \(a.offset) shape \(ShapeText.tuple(a.shape)) strides \(ShapeText.tuple(a.strides))"
        // A view of other elements says what it reads: `z.real` is "real parts", `a.view('>i4')` "as >i4".
        let kind =
            a.ownsData
            ? "owner"
            : ComplexPart(of: a).map { "\($0) parts" } ?? RecordField.name(of: a).map { "field '\($0)'" }
                ?? (a.dtype == a.root.dtype ? "view" : "view as \(a.dtype.shownName)")
        let info = (backwards ? "← " : "") + kind
        let line = label + bar + " " + info
        let repeats = drawn.contains { $0.isNumber || $0 == "*" }
        if line.count + 1 + geometry.count <= 80 { return (line + " " + geometry + "\n", repeats) }
        return (line + "\n" + String(repeating: " ", count: label.count) + geometry + "\n", repeats)
    }

    /// The bar: which buffer elements the array covers, cell by cell, and how often,
    /// counted in bytes (a view of the real parts covers half of each complex element: `░`).
    private static func cells(_ a: NDArray, unit: Int) -> String {
        let itemsize = max(unit, 1)
        let count = max(a.buffer.byteCount / itemsize, 1)
        let perCell = (count + barWidth - 1) / barWidth
        // Only the cells the buffer fills: 100 elements at 3 a cell are 34 cells, not 36.
        let width = (count + perCell - 1) / perCell
        // Per cell: visits, distinct elements reached, the most visits of one element, the first row.
        var visits = [Int](repeating: 0, count: width)
        var reached = [Int](repeating: 0, count: width)
        var most = [Int](repeating: 0, count: width)
        var rowOf = [Int](repeating: -1, count: width)
        if a.size > 0 {
            // Rows are counted along the first axis; huge arrays are sampled evenly, and
            // elements are counted one by one only in buffers small enough to tally.
            let rowSize = a.ndim >= 2 ? a.shape.dropFirst().reduce(1, *) : Int.max
            let step = max(1, a.size / sampleLimit)
            var tally = count <= sampleLimit ? [Int32](repeating: 0, count: count) : []
            for flat in Swift.stride(from: 0, to: a.size, by: step) {
                let element = min(max(byteOffset(of: flat, in: a) / itemsize, 0), count - 1)
                let cell = min(element / perCell, width - 1)
                visits[cell] += step
                if rowOf[cell] < 0 { rowOf[cell] = flat / rowSize }
                if !tally.isEmpty { tally[element] += Int32(a.itemsize) }
            }
            // Bytes reached per cell, and how many times over its most visited element is covered.
            if tally.isEmpty {
                for cell in 0..<width {
                    let capacity = min(perCell, count - cell * perCell) * itemsize
                    reached[cell] = min(visits[cell] * a.itemsize, capacity)
                    most[cell] = (visits[cell] * a.itemsize + capacity - 1) / max(capacity, 1)
                }
            } else {
                for (element, bytes) in tally.enumerated() where bytes > 0 {
                    let cell = min(element / perCell, width - 1)
                    reached[cell] += min(Int(bytes), itemsize)
                    most[cell] = max(most[cell], Int(bytes) / itemsize)
                }
            }
        }
        return (0..<width).map { cell -> String in
            let capacity = min(perCell, count - cell * perCell) * itemsize
            if visits[cell] == 0 { return "·" }
            if most[cell] > 1 { return most[cell] >= 10 ? "*" : String(most[cell]) }
            if reached[cell] < capacity { return "░" }
            return rowOf[cell] % 2 == 1 ? "▓" : "█"
        }.joined()
    }

    /// Elements looked at per row of the picture, at most.
    static let sampleLimit = 1_000_000

    /// The byte offset in the buffer of the element at C-order position `flat`.
    private static func byteOffset(of flat: Int, in a: NDArray) -> Int {
        var rest = flat
        var byte = a.offset
        for axis in a.shape.indices.reversed() {
            byte += (rest % a.shape[axis]) * a.strides[axis]
            rest /= a.shape[axis]
        }
        return byte
    }

    private static func bytesText(_ bytes: Int) -> String {
        bytes < 1024 ? "\(bytes) bytes" : ByteCountText.binary(bytes)
    }
}

extension Int {
    /// Thousands separated by commas, as Python's `{:,}` writes them.
    var grouped: String {
        let digits = Array(String(self))
        return digits.enumerated().map { i, d in (i > 0 && (digits.count - i) % 3 == 0 ? "," : "") + String(d) }
            .joined()
    }
}
