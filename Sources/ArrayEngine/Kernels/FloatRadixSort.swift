/// `sort` of floats: each float becomes its radix key once (not on every pass), the
/// keys are sorted as unsigned integers, and the last pass turns them back into floats.
///
/// NaNs are set aside as the keys are made and go last, in their order. When both
/// zeros occur their signs are put back in their original order (as keys, -0.0
/// sorts just below 0.0), as the stable sort by key leaves them.
extension RadixSort {
    /// Sorts `n` floats from `source` into `values` (they may be the one buffer),
    /// using `scratch` (room for n floats).
    static func sortFloats<T: RadixFloat>(
        from source: UnsafePointer<T>, into values: UnsafeMutablePointer<T>, count n: Int,
        scratch: UnsafeMutablePointer<T>
    ) throws(PythonError) {
        // The keys go to `scratch`, so that the usual odd number of passes (the top digit
        // of floats of one sign and magnitude is common to all) ends in `values`.
        let keys = FloatKeys(from: source, count: n, into: scratch, nansBefore: scratch + n)
        defer { keys.counts.deallocate() }
        for k in 0..<keys.nans { values[keys.count + k] = scratch[n - 1 - k] }
        let zeroSigns = keys.zeroSigns()
        let results = bits(values)
        if keys.count <= insertionLimit {
            insertionSort(keys.keys, count: keys.count) { $0 }
            for i in 0..<keys.count { results[i] = floatBits(ofKey: keys.keys[i], T.self) }
        } else {
            let sorted = try distribute(
                keys.keys, count: keys.count, scratch: results, counts: keys.counts, key: { $0 },
                finish: { floatBits(ofKey: $0, T.self) })
            if sorted != results { results.update(from: sorted, count: keys.count) }
        }
        restore(zeroSigns, in: values, count: keys.count)
    }

    /// The bits of the float whose key `FloatKeys` made.
    @inline(__always)
    private static func floatBits<T: RadixFloat>(ofKey key: T.Bits, _: T.Type) -> T.Bits {
        let sign: T.Bits = 1 << (T.Bits.bitWidth - 1)
        return key & sign != 0 ? key & ~sign : ~key
    }

    private static func bits<T: RadixFloat>(_ values: UnsafeMutablePointer<T>) -> UnsafeMutablePointer<T.Bits> {
        UnsafeMutableRawPointer(values).assumingMemoryBound(to: T.Bits.self)
    }

    /// Puts the signs of the zeros among the first `count` sorted floats back in their original order.
    private static func restore<T: RadixFloat>(
        _ zeroSigns: [FloatingPointSign], in values: UnsafeMutablePointer<T>, count: Int
    ) {
        guard !zeroSigns.isEmpty else { return }
        var first = 0
        var end = count
        while first < end {
            let middle = (first + end) / 2
            if values[middle] < 0 { first = middle + 1 } else { end = middle }
        }
        for (k, zeroSign) in zeroSigns.enumerated() { values[first + k] = zeroSign == .minus ? -T.zero : T.zero }
    }
}

/// The radix keys of a run of floats, made and counted in one pass: the NaNs are set
/// aside (written backwards before `nansBefore`), the rest become keys in order.
struct FloatKeys<T: RadixFloat> {
    let keys: UnsafeMutablePointer<T.Bits>
    /// How many keys there are (the floats that are not NaN).
    let count: Int
    let nans: Int
    /// Every digit of every key counted (`RadixSort.digitCounts`); the owner deallocates it.
    let counts: UnsafeMutablePointer<Int>
    let hasNegativeZero: Bool, hasPositiveZero: Bool

    init(
        from source: UnsafePointer<T>, count n: Int, into target: UnsafeMutablePointer<T>,
        nansBefore end: UnsafeMutablePointer<T>
    ) {
        let sign: T.Bits = 1 << (T.Bits.bitWidth - 1)
        let keys = UnsafeMutableRawPointer(target).assumingMemoryBound(to: T.Bits.self)
        let counts = RadixSort.digitCounts(T.Bits.self)
        var m = 0
        var nans = 0
        var negativeZero = false
        var positiveZero = false
        for i in 0..<n {
            let x = source[i]
            if x.isNaN {
                nans += 1
                end[-nans] = x
                continue
            }
            if x == 0 {
                if x.sign == .minus { negativeZero = true } else { positiveZero = true }
            }
            let bits = x.bitPattern
            let key = bits & sign != 0 ? ~bits : bits | sign
            keys[m] = key
            RadixSort.count(key, in: counts)
            m += 1
        }
        self.keys = keys
        self.count = m
        self.nans = nans
        self.counts = counts
        self.hasNegativeZero = negativeZero
        self.hasPositiveZero = positiveZero
    }

    /// The signs of the zeros among these keys, in order, when both zeros occur; else
    /// none. The keys of 0.0 and -0.0 are `sign` and `~sign`.
    func zeroSigns() -> [FloatingPointSign] {
        guard hasNegativeZero, hasPositiveZero else { return [] }
        let sign: T.Bits = 1 << (T.Bits.bitWidth - 1)
        return (0..<count).compactMap { keys[$0] == sign ? .plus : keys[$0] == ~sign ? .minus : nil }
    }
}
