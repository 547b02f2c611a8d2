import ArrayEngine

/// An integer too large for arrsh's ints (the 128 bits of a fresh `SeedSequence`),
/// shown in decimal as Python shows it.
final class BigIntegerObject: PythonObject {
    let words: [UInt32]
    init(words: [UInt32]) { self.words = words }

    var pythonType: PythonType { .int }
    var typeName: String { "int" }

    func repr() -> String {
        var value: UInt128 = 0
        for word in words.reversed() { value = value << 32 | UInt128(word) }
        return String(value)
    }
}
