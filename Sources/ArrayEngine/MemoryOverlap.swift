/// Whether two arrays' elements may or do occupy the same bytes.
///
/// `may_share_memory` compares the byte ranges each array spans; `shares_memory`
/// asks whether some element address is common to both, which is an integer
/// program (bounded knapsack) solved exactly here with a work limit, as NumPy's
/// `mem_overlap.c` does.
public enum MemoryOverlap {
    public enum Answer: Equatable, Sendable {
        case no, yes
        /// The work limit ran out before an answer was found.
        case tooHard
    }

    /// The half-open byte range `[low, high)` an array's elements span in its buffer.
    public static func byteBounds(_ array: NDArray) -> (low: Int, high: Int) {
        nonEmptyBounds(array) ?? (array.offset, array.offset)
    }

    /// True when the arrays' byte ranges in one buffer intersect (`np.may_share_memory`).
    public static func boundsOverlap(_ a: NDArray, _ b: NDArray) -> Bool {
        guard a.buffer === b.buffer, let (aLow, aHigh) = nonEmptyBounds(a), let (bLow, bHigh) = nonEmptyBounds(b)
        else { return false }
        return aLow < bHigh && bLow < aHigh
    }

    /// `byteBounds` of an array with elements; nil for an empty one (some extent 0).
    private static func nonEmptyBounds(_ array: NDArray) -> (low: Int, high: Int)? {
        let shape = array.shape
        let strides = array.strides
        var low = array.offset
        var high = array.offset
        for axis in shape.indices {
            let extent = shape[axis]
            if extent == 0 { return nil }
            let reach = (extent - 1) * strides[axis]
            if reach < 0 { low += reach } else { high += reach }
        }
        return (low, high + array.itemsize)
    }
}

extension MemoryOverlap {
    /// Whether some byte belongs to an element of both arrays (`np.shares_memory`).
    ///
    /// The question is a bounded linear Diophantine equation: with every stride
    /// made positive, is there an index vector with Σ cₖ·xₖ = T and 0 ≤ xₖ ≤ uₖ?
    /// It is answered by depth-first search with divisibility and range pruning;
    /// each search node costs one unit of `maxWork` (nil: unlimited, 0: bounds only).
    public static func sharesMemory(_ a: NDArray, _ b: NDArray, maxWork: Int?) throws(PythonError) -> Answer {
        guard boundsOverlap(a, b) else { return .no }
        if maxWork == 0 { return .tooHard }
        // Bounds that meet, of arrays whose elements cover them, share a byte: no search
        // (a limited search could run out of work first, so only an unlimited one is skipped).
        if maxWork == nil, coversItsBounds(a), coversItsBounds(b) { return .yes }
        var terms: [(coefficient: Int, bound: Int)] = []
        terms.reserveCapacity(a.ndim + b.ndim + 1)
        var target = byteBounds(b).low - byteBounds(a).low
        for (extent, stride) in zip(a.shape, a.strides) where extent > 1 && stride != 0 {
            terms.append((abs(stride), extent - 1))
        }
        for (extent, stride) in zip(b.shape, b.strides) where extent > 1 && stride != 0 {
            terms.append((abs(stride), extent - 1))
            // b's terms move to the left-hand side as (bound - y): shift the target.
            target += abs(stride) * (extent - 1)
        }
        // Byte positions inside one element of a (u) and of b (itemsize-1-v), merged.
        target += b.itemsize - 1
        terms.append((1, a.itemsize + b.itemsize - 2))
        // Largest coefficient first; equal coefficients merge into one term (NumPy's diophantine_simplify).
        terms.sort { $0.coefficient > $1.coefficient }
        var merged: [(coefficient: Int, bound: Int)] = []
        merged.reserveCapacity(terms.count)
        for term in terms {
            if let last = merged.last, last.coefficient == term.coefficient {
                merged[merged.count - 1].bound += term.bound
            } else {
                merged.append(term)
            }
        }
        var search = OverlapSearch(terms: merged, budget: maxWork ?? Int.max)
        switch search.solve(0, target) {
        case .some(true): return .yes
        case .some(false): return .no
        case .none: return .tooHard
        }
    }

    /// Whether every byte between the array's bounds belongs to one of its elements:
    /// C-contiguous with positive strides, as a new array and its basic slices are.
    private static func coversItsBounds(_ array: NDArray) -> Bool {
        let shape = array.shape
        let strides = array.strides
        var expected = array.itemsize
        for axis in shape.indices.reversed() where shape[axis] != 1 {
            if strides[axis] != expected { return false }
            expected *= shape[axis]
        }
        return true
    }
}

/// Depth-first search for Σ cₖ·xₖ = target with 0 ≤ xₖ ≤ uₖ, largest coefficients first.
private struct OverlapSearch {
    let terms: [(coefficient: Int, bound: Int)]
    /// Largest sum reachable with terms k..<end, and the gcd of their coefficients.
    let reach: [Int]
    let divisor: [Int]
    var budget: Int

    init(terms: [(coefficient: Int, bound: Int)], budget: Int) {
        self.terms = terms
        self.budget = budget
        var reach = [Int](repeating: 0, count: terms.count + 1)
        var divisor = [Int](repeating: 0, count: terms.count + 1)
        for k in terms.indices.reversed() {
            let (product, overflow) = terms[k].coefficient.multipliedReportingOverflow(by: terms[k].bound)
            reach[k] = overflow ? Int.max : reach[k + 1].addingReportingOverflow(product).partialValue
            divisor[k] = OverlapSearch.gcd(divisor[k + 1], terms[k].coefficient)
        }
        self.reach = reach
        self.divisor = divisor
    }

    /// true/false when decided, nil when the work budget ran out.
    mutating func solve(_ k: Int, _ remainder: Int) -> Bool? {
        if remainder == 0 { return true }
        if k == terms.count || remainder < 0 || remainder > reach[k] { return false }
        if divisor[k] > 1 && remainder % divisor[k] != 0 { return false }
        let (c, u) = terms[k]
        if k == terms.count - 1 { return remainder % c == 0 && remainder / c <= u }
        var x = min(u, remainder / c)
        // Terms after k can reach at most reach[k+1]: skip x values that leave too much.
        let lowest = max(0, (remainder - reach[k + 1] + c - 1) / c)
        // Only a real choice costs work: forced steps are free, as in NumPy's solver.
        if x > lowest {
            budget -= 1
            if budget < 0 { return nil }
        }
        while x >= lowest {
            switch solve(k + 1, remainder - c * x) {
            case .some(true): return true
            case .none: return nil
            case .some(false): break
            }
            x -= 1
        }
        return false
    }

    static func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }
}

extension MemoryOverlap {
    /// Whether two elements of the array may occupy the same bytes (a stride-0 axis,
    /// overlapping `as_strided` windows). Answered from the strides alone: sorted by
    /// size, each stride must step past everything the smaller ones reach; when that
    /// fails the answer is "may", as NumPy's bounded check answers a hard case, and
    /// a ufunc then writes through a temporary as NumPy does.
    public static func mayHaveInternalOverlap(_ array: NDArray) -> Bool {
        if array.size <= 1 { return false }
        let axes = array.shape.indices.filter { array.shape[$0] > 1 }.sorted {
            abs(array.strides[$0]) < abs(array.strides[$1])
        }
        var reach = array.itemsize
        for axis in axes {
            let stride = abs(array.strides[axis])
            if stride < reach { return true }
            let (span, overflow) = stride.multipliedReportingOverflow(by: array.shape[axis] - 1)
            if overflow { return true }
            reach = span + reach
        }
        return false
    }
}
