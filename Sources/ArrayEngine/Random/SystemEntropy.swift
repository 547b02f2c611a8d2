/// Fresh entropy from the operating system, for unseeded generators.
///
/// Swift's `SystemRandomNumberGenerator` reads `getrandom` (or `/dev/urandom`)
/// on Linux and `arc4random` on Darwin: the sources NumPy's `secrets.randbits`
/// uses, so an unseeded arrsh stream is as unpredictable as NumPy's.
enum SystemEntropy {
    static func words(count: Int) -> [UInt32] {
        var source = SystemRandomNumberGenerator()
        return (0..<count).map { _ in source.next() }
    }
}
