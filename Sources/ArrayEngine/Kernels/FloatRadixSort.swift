/// `sort` of floats: each float becomes its radix key once (not on every pass), the
/// keys are sorted as unsigned integers, and the last pass turns them back into floats.
///
/// NaNs are set aside as the keys are made and go last, in their order. When both
/// zeros occur their signs are put back in their original order (as keys, -0.0
/// sorts just below 0.0), as the stable sort by key leaves them. Long rows are cut
/// in two halves sorted on both CPUs at once, then merged by both.
extension RadixSort {
    /// Rows at least this long are sorted in two halves on two CPUs: a sort costs
    /// several nanoseconds an element, handing out the halves a few microseconds.
    static let splitThreshold = 1 << 17

    /// Sorts `n` floats from `source` into `values` (they may be the one buffer),
    /// using `scratch` (room for n floats).
    static func sortFloats<T: RadixFloat>(
        from source: UnsafePointer<T>, into values: UnsafeMutablePointer<T>, count n: Int,
        scratch: UnsafeMutablePointer<T>
    ) throws(PythonError) {
        if Parallel.splits(n, threshold: splitThreshold) {
            return try sortFloatsInHalves(from: source, into: values, count: n, scratch: scratch)
        }
        // The keys go to `scratch`, so that the usual odd number of passes (the top digit
        // of floats of one sign and magnitude is common to all) ends in `values`.
        let keys = FloatKeys(from: source, count: n, into: scratch, nansBefore: scratch + n)
        defer { keys.counts.deallocate() }
        for k in 0..<keys.nans { values[keys.count + k] = scratch[n - 1 - k] }
        let zeroSigns = keys.zeroSigns()
        let results = bits(values)
        let sorted = try sortKeys(
            keys.keys, count: keys.count, other: results, counts: keys.counts, finish: { floatBits(ofKey: $0, T.self) })
        if sorted != results { results.update(from: sorted, count: keys.count) }
        restore(zeroSigns, in: values, count: keys.count)
    }

    /// The split sort: each CPU makes the keys of one half in `values` and sorts them
    /// (the usual odd number of passes ends in `scratch`), then each merges one half of
    /// the output from the two sorted halves into `values`, turning keys into floats.
    private static func sortFloatsInHalves<T: RadixFloat>(
        from source: UnsafePointer<T>, into values: UnsafeMutablePointer<T>, count n: Int,
        scratch: UnsafeMutablePointer<T>
    ) throws(PythonError) {
        let halves = [0..<n / 2, n / 2..<n]
        var made: [FloatKeys<T>?] = [nil, nil]
        defer { for keys in made { keys?.counts.deallocate() } }
        try made.withUnsafeMutableBufferPointer { made throws(PythonError) in
            try Parallel.run(2) { h throws(PythonError) in
                let half = halves[h]
                made[h] = FloatKeys(
                    from: source + half.lowerBound, count: half.count, into: values + half.lowerBound,
                    nansBefore: scratch + half.upperBound)
            }
        }
        let keys = made.map { $0! }
        let zeroSigns = keys[0].zeroSigns(with: keys[1])
        try Parallel.run(2) { h throws(PythonError) in
            let start = halves[h].lowerBound
            let (items, other) = (bits(values) + start, bits(scratch) + start)
            let count = keys[h].count
            // The merge writes `values`: keys left there move to `scratch` first.
            if try sortKeys(items, count: count, other: other, counts: keys[h].counts, finish: nil) == items {
                other.update(from: items, count: count)
            }
        }
        let (a, b) = (UnsafePointer(bits(scratch)), UnsafePointer(bits(scratch) + halves[1].lowerBound))
        let (m0, m1) = (keys[0].count, keys[1].count)
        let middle = (m0 + m1) / 2
        let split = mergeSplit(a, m0, b, m1, at: middle)
        try Parallel.run(2) { h throws(PythonError) in
            if h == 0 {
                merge(a, 0..<split, b, 0..<(middle - split), into: bits(values), T.self)
            } else {
                merge(a, split..<m0, b, (middle - split)..<m1, into: bits(values) + middle, T.self)
            }
        }
        var end = m0 + m1
        for (half, keys) in zip(halves, keys) {
            for k in 0..<keys.nans { values[end + k] = scratch[half.upperBound - 1 - k] }
            end += keys.nans
        }
        restore(zeroSigns, in: values, count: m0 + m1)
    }

    /// Sorts `count` keys in `items` (their digits counted in `counts`), using `other`;
    /// returns which of the two holds them sorted, rewritten by `finish` when given.
    private static func sortKeys<Bits: FixedWidthInteger & UnsignedInteger>(
        _ items: UnsafeMutablePointer<Bits>, count: Int, other: UnsafeMutablePointer<Bits>,
        counts: UnsafeMutablePointer<Int>, finish: ((Bits) -> Bits)?
    ) throws(PythonError) -> UnsafeMutablePointer<Bits> {
        guard count > insertionLimit else {
            insertionSort(items, count: count) { $0 }
            if let finish { for i in 0..<count { items[i] = finish(items[i]) } }
            return items
        }
        return try distribute(items, count: count, scratch: other, counts: counts, key: { $0 }, finish: finish)
    }

    /// How many of `a`'s first elements come before position `k` of the stable merge
    /// of `a` and `b` (equal keys take `a`'s first).
    private static func mergeSplit<Key: Comparable>(
        _ a: UnsafePointer<Key>, _ m0: Int, _ b: UnsafePointer<Key>, _ m1: Int, at k: Int
    ) -> Int {
        var low = max(0, k - m1)
        var high = min(k, m0)
        while low < high {
            let i = (low + high) / 2
            // Taking i of a's elements is too few when a[i] still precedes b[k - i - 1].
            if a[i] <= b[k - i - 1] { low = i + 1 } else { high = i }
        }
        return low
    }

    /// Merges the keys `a[i]` and `b[j]` stably into `out`, as floats.
    private static func merge<T: RadixFloat>(
        _ a: UnsafePointer<T.Bits>, _ aRange: Range<Int>, _ b: UnsafePointer<T.Bits>, _ bRange: Range<Int>,
        into out: UnsafeMutablePointer<T.Bits>, _: T.Type
    ) {
        var (i, j, o) = (aRange.lowerBound, bRange.lowerBound, 0)
        let (iEnd, jEnd) = (aRange.upperBound, bRange.upperBound)
        while i < iEnd, j < jEnd {
            let (x, y) = (a[i], b[j])
            let takesB = y < x
            out[o] = floatBits(ofKey: takesB ? y : x, T.self)
            i &+= takesB ? 0 : 1
            j &+= takesB ? 1 : 0
            o &+= 1
        }
        for k in i..<iEnd {
            out[o] = floatBits(ofKey: a[k], T.self)
            o &+= 1
        }
        for k in j..<jEnd {
            out[o] = floatBits(ofKey: b[k], T.self)
            o &+= 1
        }
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

    /// The signs of the zeros among these keys (and then `next`'s), in order, when both
    /// zeros occur; else none. The keys of 0.0 and -0.0 are `sign` and `~sign`.
    func zeroSigns(with next: FloatKeys? = nil) -> [FloatingPointSign] {
        let runs = [self] + (next.map { [$0] } ?? [])
        guard runs.contains(where: \.hasNegativeZero), runs.contains(where: \.hasPositiveZero) else { return [] }
        let sign: T.Bits = 1 << (T.Bits.bitWidth - 1)
        return runs.flatMap { run in
            (0..<run.count).compactMap { run.keys[$0] == sign ? .plus : run.keys[$0] == ~sign ? .minus : nil }
        }
    }
}
