/// `a.real` and `a.imag`: the parts of complex elements as views of float type,
/// each element's part one float apart from the other, so the views step over
/// whole complex elements (strides twice the float's size for a contiguous array).
extension NDArray {
    /// The real parts of a complex array (a view); a real array is its own real part.
    public func realPart() -> NDArray {
        guard dtype.isComplex else { return self }
        return view(shape: shape, strides: strides, dtype: componentType)
    }

    /// The imaginary parts of a complex array (a view); for a real array, NumPy's
    /// new read-only array of zeros.
    public func imaginaryPart() throws(PythonError) -> NDArray {
        guard dtype.isComplex else {
            let zeros = try NDArray.allocate(shape: shape, dtype: dtype.native)
            zeros.isWriteable = false
            return zeros
        }
        return view(offset: offset + itemsize / 2, shape: shape, strides: strides, dtype: componentType)
    }

    /// The float type of each part, in the array's byte order (`'>c8'` has `'>f4'` parts).
    private var componentType: DType { DType(dtype.realComponent.scalarType, byteSwapped: dtype.isByteSwapped) }
}
