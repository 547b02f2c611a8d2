import ArrayEngine

/// Fresh boxes for values copied in bulk.
///
/// An `indirect` case of `Value` lives in a box that every copy of the value
/// shares, and Swift stops the process when one object is retained 2^30 times
/// ("Object was retained too many times"); CPython's counts are 64-bit, so
/// `[s] * 2**30` just works there. The operations that copy many values in one
/// step, repetition and concatenation, therefore give the copies past every
/// `boxShare` a box of their own. The value is unchanged, and so is its
/// identity: `is` and `id` look at what the box holds (numbers hold no box).
extension Value {
    /// The most copies of one item made in one operation that share a box.
    static let boxShare = 1 << 20

    /// `items` repeated `count` times (the caller has checked the result fits in memory).
    static func repeated(_ items: [Value], _ count: Int) -> [Value] {
        guard !items.isEmpty, count > 0 else { return [] }
        var result: [Value] = []
        result.reserveCapacity(items.count * count)
        // A chunk of copies shares the template's boxes; each later chunk has new ones.
        let chunk = max(1, boxShare / items.count)
        var template = items
        var made = 0
        while made < count {
            if made > 0 { template = items.map(\.reboxed) }
            let copies = min(chunk, count - made)
            if items.count == 1 {
                result += repeatElement(template[0], count: copies)
            } else {
                for _ in 0..<copies { result += template }
            }
            made += copies
        }
        return result
    }

    /// `items += more`, MemoryError when the result could not be held. Past `boxShare`
    /// items the copies from `more` are boxed afresh, so that doubling a list
    /// (`l = l + l`, `l += l`) never shares a box 2^30 times.
    static func append(_ more: [Value], to items: inout [Value]) throws(PythonError) {
        let total = items.count + more.count
        try MemoryLimit.check(count: total, of: Value.self)
        // Exactly the room needed: growing by doubling could ask for twice as much.
        items.reserveCapacity(total)
        if total <= boxShare {
            items += more
        } else {
            items += more.lazy.map(\.reboxed)
        }
    }

    /// `a + b` for lists and tuples (see `append`).
    static func concatenated(_ a: [Value], _ b: [Value]) throws(PythonError) -> [Value] {
        try MemoryLimit.check(count: a.count + b.count, of: Value.self)
        var joined: [Value] = []
        joined.reserveCapacity(a.count + b.count)
        joined += a
        try append(b, to: &joined)
        return joined
    }

    /// The same value in a box of its own (numbers, None and types have no box).
    /// Not optimised: the optimiser must not fold `.string(s)` back into the box `s` came from.
    var reboxed: Value {
        @_optimize(none) get {
            switch self {
            case .none, .bool, .int, .float, .ellipsis, .type: self
            case .bigInt(let b): .bigInt(b)
            case .complex(let re, let im): .complex(re, im)
            case .string(let s): .string(s)
            case .tuple(let t): .tuple(t)
            case .list(let l): .list(l)
            case .dict(let d): .dict(d)
            case .set(let s): .set(s)
            case .range(let start, let stop, let step): .range(start, stop, step)
            case .slice(let start, let stop, let step): .slice(start, stop, step)
            case .array(let a): .array(a)
            case .scalar(let s): .scalar(s)
            case .dtype(let d): .dtype(d)
            case .scalarType(let d): .scalarType(d)
            case .function(let f): .function(f)
            case .module(let m): .module(m)
            case .flags(let a): .flags(a)
            case .object(let o): .object(o)
            case .classObject(let c): .classObject(c)
            case .instance(let i): .instance(i)
            case .iterator(let it): .iterator(it)
            }
        }
    }
}
