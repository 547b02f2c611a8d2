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
        let buckets = 1 << digitBits
        let passes = Key.bitWidth / digitBits
        let counts = UnsafeMutablePointer<Int>.allocate(capacity: passes * buckets)
        defer { counts.deallocate() }
        counts.initialize(repeating: 0, count: passes * buckets)
        for i in 0..<n {
            var k = key(items[i])
            for pass in 0..<passes {
                counts[pass * buckets + Int(truncatingIfNeeded: k) & (buckets - 1)] &+= 1
                k &>>= digitBits
            }
        }
        try Interruption.check()
        var source = items
        var target = scratch
        let first = key(items[0])
        for pass in 0..<passes {
            let shift = pass * digitBits
            let offsets = counts + pass * buckets
            if offsets[Int(truncatingIfNeeded: first &>> shift) & (buckets - 1)] == n { continue }
            var total = 0
            for b in 0..<buckets {
                let c = offsets[b]
                offsets[b] = total
                total += c
            }
            for i in 0..<n {
                let item = source[i]
                let b = Int(truncatingIfNeeded: key(item) &>> shift) & (buckets - 1)
                target[offsets[b]] = item
                offsets[b] &+= 1
            }
            swap(&source, &target)
            try Interruption.check()
        }
        if source != items { items.update(from: source, count: n) }
    }

    /// Sorts floats in place as the stable sort by key would, converting each to its key
    /// once rather than on every pass: NaNs are set aside at the end (in their order)
    /// in the pass that makes the keys, the rest sort as the integers of their
    /// order-preserving bits, and when both zeros occur their signs are put back in
    /// their original order (as keys, -0.0 sorts just below 0.0).
    static func sortFloats<T: RadixFloat>(
        _ values: UnsafeMutablePointer<T>, count n: Int, scratch: UnsafeMutablePointer<T>
    )
        throws(PythonError)
    {
        let sign: T.Bits = 1 << (T.Bits.bitWidth - 1)
        let keys = UnsafeMutableRawPointer(values).assumingMemoryBound(to: T.Bits.self)
        var m = 0
        var nans = 0
        var negativeZero = false
        var positiveZero = false
        for i in 0..<n {
            let x = values[i]
            if x.isNaN {
                scratch[nans] = x
                nans += 1
                continue
            }
            if x == 0 {
                if x.sign == .minus { negativeZero = true } else { positiveZero = true }
            }
            let bits = x.bitPattern
            keys[m] = bits & sign != 0 ? ~bits : bits | sign
            m += 1
        }
        (values + m).update(from: scratch, count: nans)
        // The keys of 0.0 and -0.0 are `sign` and `~sign`.
        let zeroSigns: [FloatingPointSign] =
            negativeZero && positiveZero
            ? (0..<m).compactMap { keys[$0] == sign ? .plus : keys[$0] == ~sign ? .minus : nil } : []
        try sort(keys, count: m, scratch: UnsafeMutableRawPointer(scratch).assumingMemoryBound(to: T.Bits.self)) { $0 }
        for i in 0..<m {
            let key = keys[i]
            keys[i] = key & sign != 0 ? key & ~sign : ~key
        }
        guard !zeroSigns.isEmpty else { return }
        var first = 0
        var end = m
        while first < end {
            let middle = (first + end) / 2
            if values[middle] < 0 { first = middle + 1 } else { end = middle }
        }
        for (k, zeroSign) in zeroSigns.enumerated() { values[first + k] = zeroSign == .minus ? -T.zero : T.zero }
    }

    @inline(__always)
    private static func insertionSort<Item, Key: FixedWidthInteger & UnsignedInteger>(
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

    /// Floats: `sort` converts them to keys in place (`RadixSort.sortFloats`); `argsort` sorts by key.
    private func floats<T: RadixFloat & RadixSortable>(_: T.Type) throws(PythonError) -> Bool {
        guard positions == nil, width > 0 else { return try run(T.self) { $0.radixKey } }
        let data = values.assumingMemoryBound(to: T.self)
        let scratch = UnsafeMutablePointer<T>.allocate(capacity: width)
        defer { scratch.deallocate() }
        for row in 0..<rows { try RadixSort.sortFloats(data + row * width, count: width, scratch: scratch) }
        return false
    }

    @inline(__always)
    private func run<T, Key: FixedWidthInteger & UnsignedInteger>(_: T.Type, _ key: (T) -> Key) throws(PythonError)
        -> Bool
    {
        guard width > 0 else { return false }
        let data = values.assumingMemoryBound(to: T.self)
        guard let positions else {
            let scratch = UnsafeMutablePointer<T>.allocate(capacity: width)
            defer { scratch.deallocate() }
            for row in 0..<rows {
                try RadixSort.sort(data + row * width, count: width, scratch: scratch, key: key)
            }
            return false
        }
        let items = UnsafeMutablePointer<Positioned<T>>.allocate(capacity: 2 * width)
        defer { items.deallocate() }
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
