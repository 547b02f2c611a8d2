import ArrayEngine

/// Python's `id()`: equal for the same object, different for two live objects.
///
/// By default an id is the object's address, like CPython's. With stable ids
/// (`--stable-ids`) objects are numbered in the order `id` first sees them, so
/// transcripts are reproducible.
final class ObjectIds {
    private let stable: Bool
    private var numbers: [ObjectIdentifier: (object: WeakReference, number: Int)] = [:]
    private var issued = 0

    init(stable: Bool) { self.stable = stable }

    static func address(of object: AnyObject) -> Int {
        Int(bitPattern: UInt(bitPattern: ObjectIdentifier(object)))
    }

    func id(of value: Value) -> Int {
        guard let object = value.identity else {
            // Immutable values: equal values share an id, as CPython's cached small ones do.
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in (Repr.tryRepr(value) + value.typeName).utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
            return stable ? 100 + Int(hash % 900) : 0x7f00_0000_0000 + Int(hash % 0xff_ffff) * 16
        }
        guard stable else { return ObjectIds.address(of: object) }
        let key = ObjectIdentifier(object)
        // An identifier whose object died may be reused by a new object: number that one afresh.
        if let known = numbers[key], known.object.object === object { return known.number }
        issued += 1
        numbers[key] = (WeakReference(object), 1000 + issued)
        return 1000 + issued
    }
}

final class WeakReference {
    weak var object: AnyObject?
    init(_ object: AnyObject) { self.object = object }
}

extension Value {
    /// The object behind an identity-bearing value (`is` compares these).
    var identity: AnyObject? {
        switch self {
        case .array(let a): a
        case .list(let l): l
        case .function(let f): f
        case .module(let m): m
        case .object(let o): o.identity
        case .dict(let d): d
        case .set(let s): s
        case .classObject(let c): c
        case .instance(let i): i
        case .iterator(let it): it
        default: nil
        }
    }
}
