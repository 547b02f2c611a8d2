/// `MT19937._legacy_seeding`: what `RandomState(seed)` and `np.random.seed(seed)`
/// accept, with NumPy's errors.
extension MT19937 {
    /// An integer seed, which must fit 32 unsigned bits.
    public static func legacySeeded(_ seed: Int) throws(PythonError) -> MT19937 {
        guard let word = UInt32(exactly: seed) else { throw .value("Seed must be between 0 and 2**32 - 1") }
        return MT19937(legacySeed: word)
    }

    /// An array seed: non-empty, integral, one-dimensional, each value a 32-bit word.
    public static func legacySeeded(words array: NDArray) throws(PythonError) -> MT19937 {
        if array.size == 0 { throw .value("Seed must be non-empty") }
        guard array.dtype.isInteger || array.dtype == .bool, array.dtype != .uint64 else {
            throw .type(
                "Cannot cast array data from dtype('\(array.dtype.name)') to dtype('int64') according to the rule 'safe'"
            )
        }
        if array.ndim != 1 { throw .value("Seed array must be 1-d") }
        var words: [UInt32] = []
        for element in try array.elements() {
            guard let value = element.exactInteger, let word = UInt32(exactly: value) else {
                throw .value("Seed must be between 0 and 2**32 - 1")
            }
            words.append(word)
        }
        return MT19937(legacyKey: words)
    }
}
