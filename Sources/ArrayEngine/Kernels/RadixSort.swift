/// Stable LSD radix sort of the rows of a contiguous array, for `sort` and `argsort`
/// of booleans, integers and floats.
///
/// Each element maps to an unsigned key that orders as NumPy sorts: signed
/// integers with the sign bit flipped, floats by their bits made monotonic, every
/// NaN one largest key (NaN last), and -0.0 the key of 0.0. Equal keys keep their
/// order (the sort is stable), so NaNs and signed zeros stay where a stable sort
/// leaves them and `argsort` gives NumPy's stable order. One pass counts all digits
/// at once; a digit every element shares is skipped (small integers and floats of
/// one magnitude sort in few passes).
enum RadixSort {
    /// Bits sorted per pass: 256 buckets, whose counters and write streams stay in L1.
    static let digitBits = 8
    /// Rows this short sort by insertion: the counting passes would cost more than they save.
    static let insertionLimit = 32

    /// Sorts `n` items stably by `key`, using `scratch` (room for n items); Ctrl-C is polled between passes.
    /// (Masking shifts and wrapping counts keep the per-element loops free of checks.)
    @inline(__always)
    static func sort<Item, Key: FixedWidthInteger & UnsignedInteger>(
        _ items: UnsafeMutablePointer<Item>, count n: Int, scratch: UnsafeMutablePointer<Item>,
        key: (Item) -> Key
    ) throws(PythonError) {
        if n <= insertionLimit { return insertionSort(items, count: n, key: key) }
        let counts = digitCounts(Key.self)
        defer { counts.deallocate() }
        for i in 0..<n { count(key(items[i]), in: counts) }
        let sorted = try distribute(items, count: n, scratch: scratch, counts: counts, key: key, finish: nil)
        if sorted != items { items.update(from: sorted, count: n) }
    }

    /// Zeroed counters for every digit of every pass of a `Key`.
    @inline(__always)
    static func digitCounts<Key: FixedWidthInteger>(_: Key.Type) -> UnsafeMutablePointer<Int> {
        let size = (Key.bitWidth / digitBits) << digitBits
        let counts = UnsafeMutablePointer<Int>.allocate(capacity: size)
        counts.initialize(repeating: 0, count: size)
        return counts
    }

    /// Counts each digit of `key` in its pass's counters.
    @inline(__always)
    static func count<Key: FixedWidthInteger>(_ key: Key, in counts: UnsafeMutablePointer<Int>) {
        var k = key
        for pass in 0..<(Key.bitWidth / digitBits) {
            counts[(pass << digitBits) + Int(truncatingIfNeeded: k) & ((1 << digitBits) - 1)] &+= 1
            k &>>= digitBits
        }
    }

    /// The passes of the sort once every digit is counted: each pass whose digit not
    /// every item shares moves the items to the other buffer by that digit. Returns the
    /// buffer, `items` or `scratch`, that holds them sorted. `finish`, when given,
    /// rewrites each item as the last move writes it (or in place when no pass moves
    /// anything), saving a pass of its own.
    @inline(__always)
    static func distribute<Item, Key: FixedWidthInteger & UnsignedInteger>(
        _ items: UnsafeMutablePointer<Item>, count n: Int, scratch: UnsafeMutablePointer<Item>,
        counts: UnsafeMutablePointer<Int>, key: (Item) -> Key, finish: ((Item) -> Item)?
    ) throws(PythonError) -> UnsafeMutablePointer<Item> {
        try Interruption.check()
        let buckets = 1 << digitBits
        let first = key(items[0])
        func moves(_ pass: Int) -> Bool {
            counts[pass * buckets + Int(truncatingIfNeeded: first &>> (pass * digitBits)) & (buckets - 1)] != n
        }
        guard let last = (0..<(Key.bitWidth / digitBits)).last(where: moves) else {
            if let finish { for i in 0..<n { items[i] = finish(items[i]) } }
            return items
        }
        var source = items
        var target = scratch
        for pass in 0...last where moves(pass) {
            let shift = pass * digitBits
            let offsets = counts + pass * buckets
            var total = 0
            for b in 0..<buckets {
                let c = offsets[b]
                offsets[b] = total
                total += c
            }
            @inline(__always)
            func move(_ rewrite: (Item) -> Item) {
                for i in 0..<n {
                    let item = source[i]
                    let b = Int(truncatingIfNeeded: key(item) &>> shift) & (buckets - 1)
                    target[offsets[b]] = rewrite(item)
                    offsets[b] &+= 1
                }
            }
            if pass == last, let finish { move(finish) } else { move { $0 } }
            swap(&source, &target)
            try Interruption.check()
        }
        return source
    }

    @inline(__always)
    static func insertionSort<Item, Key: FixedWidthInteger & UnsignedInteger>(
        _ items: UnsafeMutablePointer<Item>, count n: Int, key: (Item) -> Key
    ) {
        guard n > 1 else { return }
        for i in 1..<n {
            let item = items[i]
            let k = key(item)
            var j = i
            while j > 0, key(items[j - 1]) > k {
                items[j] = items[j - 1]
                j -= 1
            }
            items[j] = item
        }
    }

    /// A float's bits as an unsigned key in NumPy's sort order (see the type's comment).
    @inline(__always)
    static func floatKey<Key: FixedWidthInteger & UnsignedInteger>(_ bits: Key, isNaN: Bool, isZero: Bool) -> Key {
        if isNaN { return .max }
        let sign: Key = 1 << (Key.bitWidth - 1)
        if isZero { return sign }
        return bits & sign != 0 ? ~bits : bits | sign
    }
}

/// Floats whose bits `sortFloats` turns into keys in place.
protocol RadixFloat: BinaryFloatingPoint {
    associatedtype Bits: FixedWidthInteger & UnsignedInteger
    var bitPattern: Bits { get }
}

extension Double: RadixFloat {}
extension Float: RadixFloat {}
extension Float16: RadixFloat {}

/// Elements with a radix key: the unsigned integer whose order is NumPy's sort order.
protocol RadixSortable {
    associatedtype RadixKey: FixedWidthInteger & UnsignedInteger
    var radixKey: RadixKey { get }
}

extension Double: RadixSortable {
    var radixKey: UInt64 { RadixSort.floatKey(bitPattern, isNaN: isNaN, isZero: self == 0) }
}

extension Float: RadixSortable {
    var radixKey: UInt32 { RadixSort.floatKey(bitPattern, isNaN: isNaN, isZero: self == 0) }
}

extension Float16: RadixSortable {
    var radixKey: UInt16 { RadixSort.floatKey(bitPattern, isNaN: isNaN, isZero: self == 0) }
}

extension RadixSortable where Self: FixedWidthInteger & UnsignedInteger {
    var radixKey: Self { self }
}

extension UInt8: RadixSortable {}
extension UInt16: RadixSortable {}
extension UInt32: RadixSortable {}
extension UInt64: RadixSortable {}

extension Int8: RadixSortable {
    var radixKey: UInt8 { UInt8(bitPattern: self) ^ 0x80 }
}

extension Int16: RadixSortable {
    var radixKey: UInt16 { UInt16(bitPattern: self) ^ 0x8000 }
}

extension Int32: RadixSortable {
    var radixKey: UInt32 { UInt32(bitPattern: self) ^ 0x8000_0000 }
}

extension Int64: RadixSortable {
    var radixKey: UInt64 { UInt64(bitPattern: self) ^ 0x8000_0000_0000_0000 }
}

/// An element with its position, what `argsort` sorts.
struct Positioned<T> {
    var value: T
    var index: Int64
}

/// Sorts (or argsorts) each row of `width` elements of a C-contiguous native array.
struct RowSorter {
    let values: UnsafeMutableRawPointer
    let rows: Int, width: Int
    /// Where `argsort` writes each row's int64 positions (nil for `sort`).
    let positions: UnsafeMutablePointer<Int64>?
    /// Rows of the same layout to read, `values` then holding them sorted (nil: sorts
    /// `values` in place). Floats are read from it once, as their keys are made.
    var source: UnsafeRawPointer? = nil

    /// Booleans, integers and floats; complex numbers, records and strings sort elsewhere.
    static func sorts(_ dtype: DType) -> Bool { [.boolean, .unsigned, .signed, .floating].contains(dtype.kind) }

    /// Sorts elements of `type` (one `sorts` accepts); returns whether some row held
    /// equal keys (looked for only when argsorting).
    func run(_ type: ScalarType) throws(PythonError) -> Bool {
        switch type {
        // Bool bytes other than 0 and 1 count as true and keep their bytes, as copies keep them.
        case .bool: try run(UInt8.self) { $0 == 0 ? 0 as UInt8 : 1 }
        case .int8: try run(Int8.self) { $0.radixKey }
        case .int16: try run(Int16.self) { $0.radixKey }
        case .int32: try run(Int32.self) { $0.radixKey }
        case .int64: try run(Int64.self) { $0.radixKey }
        case .uint8: try run(UInt8.self) { $0.radixKey }
        case .uint16: try run(UInt16.self) { $0.radixKey }
        case .uint32: try run(UInt32.self) { $0.radixKey }
        case .uint64: try run(UInt64.self) { $0.radixKey }
        case .float16: try floats(Float16.self)
        case .float32: try floats(Float.self)
        case .float64: try floats(Double.self)
        // Not sorted here (`sorts` is false).
        case .complex64, .complex128, .void, .str, .bytes, .datetime64, .timedelta64, .object, .vstring: false
        }
    }

    /// Floats: `sort` converts them to keys once (`RadixSort.sortFloats`); `argsort` sorts by key.
    private func floats<T: RadixFloat & RadixSortable>(_: T.Type) throws(PythonError) -> Bool {
        guard positions == nil, width > 0 else { return try run(T.self) { $0.radixKey } }
        let data = values.assumingMemoryBound(to: T.self)
        let from = (source ?? UnsafeRawPointer(values)).assumingMemoryBound(to: T.self)
        let room = try Self.scratch(T.self, count: width)
        let scratch = room.pointer.assumingMemoryBound(to: T.self)
        for row in 0..<rows {
            try RadixSort.sortFloats(from: from + row * width, into: data + row * width, count: width, scratch: scratch)
        }
        withExtendedLifetime(room) {}
        return false
    }

    /// Room for `count` items: big ones from `PageAllocator`'s cache, whose pages are
    /// not faulted in again on every sort; NumPy's bare MemoryError when refused.
    private static func scratch<T>(_: T.Type, count: Int) throws(PythonError) -> Buffer {
        do {
            return try Buffer(byteCount: count * MemoryLayout<T>.stride, zeroed: false, describing: "")
        } catch {
            throw PythonError("MemoryError", "")
        }
    }

    @inline(__always)
    private func run<T, Key: FixedWidthInteger & UnsignedInteger>(_: T.Type, _ key: (T) -> Key) throws(PythonError)
        -> Bool
    {
        guard width > 0 else { return false }
        guard let positions else {
            let data = values.assumingMemoryBound(to: T.self)
            if let source { values.copyMemory(from: source, byteCount: rows * width * MemoryLayout<T>.stride) }
            let room = try Self.scratch(T.self, count: width)
            let scratch = room.pointer.assumingMemoryBound(to: T.self)
            for row in 0..<rows {
                try RadixSort.sort(data + row * width, count: width, scratch: scratch, key: key)
            }
            withExtendedLifetime(room) {}
            return false
        }
        let room = try Self.scratch(Positioned<T>.self, count: 2 * width)
        defer { withExtendedLifetime(room) {} }
        let items = room.pointer.assumingMemoryBound(to: Positioned<T>.self)
        let data = (source ?? UnsafeRawPointer(values)).assumingMemoryBound(to: T.self)
        var ties = false
        for row in 0..<rows {
            let values = data + row * width
            for i in 0..<width { items[i] = Positioned(value: values[i], index: Int64(i)) }
            try RadixSort.sort(items, count: width, scratch: items + width) { key($0.value) }
            let out = positions + row * width
            for i in 0..<width { out[i] = items[i].index }
            if !ties {
                for i in 1..<width where key(items[i - 1].value) == key(items[i].value) {
                    ties = true
                    break
                }
            }
        }
        return ties
    }
}
