import ArrayEngine

/// Python's `id()`: equal for the same object, different for two live objects.
///
/// By default an id is the object's address, like CPython's. With stable ids
/// (`--stable-ids`) objects are numbered in the order `id` first sees them, so
/// transcripts are reproducible.
final class ObjectIds {
    private let stable: Bool
    private var numbers: [ObjectIdentifier: (object: WeakReference, number: Int)] = [:]
    /// Immutable values by type and repr: equal values share an id, as CPython's
    /// cached small ones do, and different values never do (`id(17) != id(44)`,
    /// as `17 is 44` is False). Exact, so no two values fold into one bucket.
    private var plainNumbers: [String: Int] = [:]
    private var issued = 0

    init(stable: Bool) { self.stable = stable }

    static func address(of object: AnyObject) -> Int {
        Int(bitPattern: UInt(bitPattern: ObjectIdentifier(object)))
    }

    func id(of value: Value) -> Int {
        guard let object = value.identity else {
            let key = value.typeName + " " + Repr.tryRepr(value)
            let number = plainNumbers[key] ?? nextNumber()
            plainNumbers[key] = number
            // Unstable ids look like CPython's addresses, 16 bytes apart.
            return stable ? number : 0x7f00_0000_0000 + number * 16
        }
        guard stable else { return ObjectIds.address(of: object) }
        let key = ObjectIdentifier(object)
        // An identifier whose object died may be reused by a new object: number that one afresh.
        if let known = numbers[key], known.object.object === object { return known.number }
        let number = nextNumber()
        numbers[key] = (WeakReference(object), number)
        return number
    }

    /// Objects and plain values draw from one sequence, so their ids never meet.
    private func nextNumber() -> Int {
        issued += 1
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
