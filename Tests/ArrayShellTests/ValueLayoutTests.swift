import Testing

@testable import ArrayShell

/// Every list, dict, tuple and variable pays for a value's size: a wide payload held
/// inline (a `String`, a `DType`) took values from 16 to 32 bytes apart, and workload
/// 26's dicts and lists a quarter longer. A new case wider than a word must be boxed.
@Suite("Value layout")
struct ValueLayoutTests {
    @Test func aValueAndAnAbsentOneAreTwoWords() {
        #expect(MemoryLayout<Value>.stride == 16)
        #expect(MemoryLayout<Value?>.stride == 16)
    }
}
