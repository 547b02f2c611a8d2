import ArrayEngine

/// Repetition without a reference count that could overflow.
///
/// Swift stops the process when one object is retained 2^30 times ("Object was
/// retained too many times"); CPython's counts are 64-bit, so `[s] * 2**30` just
/// works there. Repetition is the one operation that copies a value that often
/// in one step, so past every `shareLimit` copies it makes the item anew where
/// that changes nothing Python can see: a string's text, a tuple's items, a
/// boxed value's box. An object with identity (a list, an array, ...) cannot be
/// copied; a repetition that would take its count past `retainLimit` is
/// MemoryError instead (it would need 12 GiB of items).
extension Value {
    /// The most copies one repetition makes that share a string's, tuple's or box's storage.
    static let shareLimit = 1 << 20
    /// The most references to one object a repetition may bring it to.
    static let retainLimit = 1 << 29

    /// `items` repeated `count` times (the caller has checked the result fits in memory).
    static func repeated(_ items: [Value], _ count: Int) throws(PythonError) -> [Value] {
        guard !items.isEmpty, count > 0 else { return [] }
        let total = items.count * count
        for item in items {
            if let object = item.sharedObject, Int(_getRetainCount(object)) + total > retainLimit {
                throw MemoryLimit.exceeded
            }
        }
        var result: [Value] = []
        result.reserveCapacity(total)
        // A chunk of copies shares the template's storage; each later chunk has its own.
        let chunk = max(1, shareLimit / items.count)
        var template = items
        var made = 0
        while made < count {
            if made > 0 { template = items.map(\.unshared) }
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

    /// The object with identity a value refers to, whose count copies raise.
    var sharedObject: AnyObject? {
        if case .flags(let a) = self { return a }
        return identity
    }

    /// The same value, sharing no storage with this one where Python cannot tell:
    /// a string's text and a tuple's items are copied, a box is made anew.
    /// Not optimised: the optimiser must not fold a copy back into its original.
    var unshared: Value {
        @_optimize(none) get {
            switch self {
            case .string(let s):
                let utf8 = s.utf8
                return .string(
                    String(unsafeUninitializedCapacity: utf8.count) { buffer in
                        buffer.initialize(fromContentsOf: utf8)
                    })
            case .tuple(let t): return .tuple(t.map { $0 })
            case .bigInt(let b): return .bigInt(b)
            case .complex(let re, let im): return .complex(re, im)
            case .dtype(let d): return .dtype(d)
            case .scalarType(let d): return .scalarType(d)
            case .range(let start, let stop, let step): return .range(start, stop, step)
            case .slice(let start, let stop, let step): return .slice(start, stop, step)
            case .scalar(let s): return .scalar(s)
            default: return self
            }
        }
    }
}
