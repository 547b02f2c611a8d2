import ArrayEngine

/// A Python `bytes` value, as `Generator.bytes` returns it.
final class BytesObject: PythonObject {
    let bytes: [UInt8]
    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var pythonType: PythonType { .bytes }
    var typeName: String { "bytes" }
    func repr() -> String { PythonText.repr(bytes: bytes) }
}
