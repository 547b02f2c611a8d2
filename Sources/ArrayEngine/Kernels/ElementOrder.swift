/// How the elements of the types that do not compare as `Scalar`s order, by their
/// position in C order: datetimes and timedeltas by their counts with NaT last (its
/// count is the smallest integer), text code point by code point as Python compares
/// `str`, a missing StringDType element last when its sentinel is NaN-like.
///
/// `sort`, `argsort`, `unique`, `argmin`/`argmax` and `min`/`max` of these types
/// go through it; the elements themselves move as bytes (`Sorting.permute`).
struct ElementOrder {
    let count: Int
    /// Whether the element at `i` sorts before the one at `j`.
    let less: (Int, Int) -> Bool
    /// Whether the element at `i` is NaT or a NaN-like missing text, which min/max and
    /// argmin/argmax pass on as they pass on NaN.
    let isMissing: (Int) -> Bool

    /// The order of `a`'s elements; nil for the types `Scalar` compares.
    init?(_ a: NDArray) throws(PythonError) {
        count = a.size
        if a.dtype.isTime {
            let counts = try a.timeCounts().map { $0.exactInteger ?? TimeUnit.notATime }
            let nat = TimeUnit.notATime
            less = { i, j in counts[i] != nat && (counts[j] == nat || counts[i] < counts[j]) }
            isMissing = { counts[$0] == nat }
            return
        }
        guard a.dtype.isString else { return nil }
        var texts = try a.variableTexts()
        if texts.contains(where: { $0 == nil }) {
            switch a.dtype.missing {
            case .nan?: break
            case .text(let sentinel)?: texts = texts.map { $0 ?? sentinel }
            default: throw .value("Cannot compare null that is not a nan-like value")
            }
        }
        less = { i, j in
            guard let y = texts[j] else { return texts[i] != nil }
            guard let x = texts[i] else { return false }
            return x.lexicographicallyPrecedes(y)
        }
        isMissing = { texts[$0] == nil }
    }

    private init(count: Int, less: @escaping (Int, Int) -> Bool, isMissing: @escaping (Int) -> Bool) {
        self.count = count
        self.less = less
        self.isMissing = isMissing
    }

    /// The order of any array's elements: times and text as above, numbers as
    /// `Sorting.ascending` compares them (NaN last, and missing).
    static func of(_ a: NDArray) throws(PythonError) -> ElementOrder {
        if let keyed = try ElementOrder(a) { return keyed }
        let elements = try a.elements()
        return ElementOrder(
            count: elements.count, less: { Sorting.ascending(elements[$0], elements[$1]) },
            isMissing: { elements[$0].doubleValue.isNaN || elements[$0].imaginaryValue.isNaN })
    }

    /// The order of `a`'s elements followed by `b`'s, both cast to their common type:
    /// positions below `a.size` are `a`'s (searching `b`'s values among `a`'s).
    static func joined(_ a: NDArray, _ b: NDArray) throws(PythonError) -> ElementOrder {
        let type = DType.promote(a.dtype, b.dtype)
        return try of(NDArray.concatenate([a.copy(as: type).ravel(), b.copy(as: type).ravel()], axis: 0))
    }

    /// Where the element at `position` goes among the elements at `sorted` (positions in
    /// ascending order): before equal ones, or after them when `right`.
    func insertionPoint(of position: Int, in sorted: [Int], right: Bool = false) -> Int {
        var low = 0
        var high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            let goesRight = right ? !less(position, sorted[middle]) : less(sorted[middle], position)
            if goesRight { low = middle + 1 } else { high = middle }
        }
        return low
    }

    func equal(_ i: Int, _ j: Int) -> Bool { !less(i, j) && !less(j, i) }

    /// The positions of `range` in ascending order, equal elements in their original order.
    func stableOrder(_ range: Range<Int>) -> [Int] {
        Array(range).sorted { i, j in less(i, j) || !less(j, i) && i < j }
    }

    /// The position in `range` of its first smallest (or largest) element; a missing one wins.
    func extreme(_ range: Range<Int>, minimum: Bool) -> Int {
        var best = range.lowerBound
        for i in range {
            if isMissing(i) { return i }
            if minimum ? less(i, best) : less(best, i) { best = i }
        }
        return best
    }
}

extension Sorting {
    /// Writes each row (along the last axis, rows in C order) in the order `orders`
    /// gives it (positions within the row), element bytes copied from a copy of the rows.
    static func permute(_ moved: NDArray, _ orders: [[Int]]) throws(PythonError) {
        let before = try moved.copy()
        let outer = Array(moved.shape.dropLast())
        for (row, order) in orders.enumerated() {
            var index = [Int](repeating: 0, count: outer.count)
            var rest = row
            for axis in outer.indices.reversed() {
                index[axis] = rest % outer[axis]
                rest /= outer[axis]
            }
            for (k, source) in order.enumerated() {
                moved.address(of: index + [k]).copyMemory(
                    from: before.address(of: index + [source]), byteCount: moved.itemsize)
            }
        }
    }

    /// Each row's stable order along the last axis (positions within the row), when
    /// `ElementOrder` orders these elements; and whether some row holds equal elements.
    static func rowOrders(_ moved: NDArray, width: Int) throws(PythonError) -> (orders: [[Int]], hasTies: Bool)? {
        guard let order = try ElementOrder(moved) else { return nil }
        let rows = width == 0 ? 0 : moved.size / width
        var hasTies = false
        let orders = (0..<rows).map { row in
            let sorted = order.stableOrder((row * width)..<((row + 1) * width))
            hasTies = hasTies || zip(sorted, sorted.dropFirst()).contains { order.equal($0, $1) }
            return sorted.map { $0 - row * width }
        }
        return (orders, hasTies)
    }
}
