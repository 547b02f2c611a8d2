import ArrayEngine

/// The order CPython iterates a set in: by slot in its hash table. For sets of ints
/// (the sets array snippets make) the slots are simulated exactly: CPython's table
/// size, its linear probes and perturbed jumps, so `{3, 1, 2}` prints `{1, 2, 3}` as
/// in Python. Sets of other values keep insertion order (strings hash randomly in
/// CPython anyway).
enum SetOrder {
    static func items(_ set: SetObject) -> [Value] {
        let items = set.items
        var hashes: [Int] = []
        for key in set.keys {
            guard case .int(let i) = key else { return items }
            hashes.append(hash(i))
        }
        // CPython grows the table (×4 while small) when it is 3/5 full.
        var size = 8
        var fill = 0
        var table = [Int?](repeating: nil, count: size)
        func insert(_ index: Int, into table: inout [Int?]) {
            let mask = table.count - 1
            var perturb = UInt(bitPattern: hashes[index])
            var slot = Int(UInt(bitPattern: hashes[index]) & UInt(mask))
            while true {
                // Up to 9 linear probes, then a perturbed jump (setobject.c, LINEAR_PROBES).
                if table[slot] == nil {
                    table[slot] = index
                    return
                }
                if slot + 9 <= mask {
                    for probe in 1...9 where table[slot + probe] == nil {
                        table[slot + probe] = index
                        return
                    }
                }
                perturb >>= 5
                slot = Int((UInt(slot) &* 5 &+ 1 &+ perturb) & UInt(mask))
            }
        }
        for index in hashes.indices {
            insert(index, into: &table)
            fill += 1
            if fill * 5 >= (size - 1) * 3 {
                size = fill > 50_000 ? fill * 2 * 2 : fill * 4
                var grown = 8
                while grown <= size { grown <<= 1 }
                size = grown
                var resized = [Int?](repeating: nil, count: size)
                for slot in table { if let entry = slot { insert(entry, into: &resized) } }
                table = resized
            }
        }
        return table.compactMap { $0 }.map { items[$0] }
    }

    /// CPython's hash of an int: the int itself modulo 2**61 - 1, sign kept; -1 becomes -2.
    private static func hash(_ i: Int) -> Int {
        let modulus = (1 << 61) - 1
        let value = i.signum() * Int(i.magnitude % UInt(modulus))
        return value == -1 ? -2 : value
    }
}
