/// Parameters read as float64 values, as NumPy's samplers read them.
extension NDArray {
    /// Calls `body` with every element as a double, in C order.
    func forEachDouble(_ body: (Double) throws(PythonError) -> Void) throws(PythonError) {
        let values = dtype == .float64 ? self : try copy(as: .float64)
        try StridedLoop.forEach(shape: values.shape, strides: [values.strides]) {
            starts, count, inner throws(PythonError) in
            var p = UnsafeRawPointer(values.pointer) + starts[0]
            for _ in 0..<count {
                try body(p.loadUnaligned(as: Double.self))
                p += inner[0]
            }
        }
    }

    /// The elements as doubles, in C order.
    func doubles() throws(PythonError) -> [Double] {
        try MemoryLimit.check(count: size, of: Double.self)
        var values: [Double] = []
        values.reserveCapacity(size)
        try forEachDouble { values.append($0) }
        return values
    }
}
