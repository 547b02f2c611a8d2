/// Stride tricks: views with any shape and strides over an array's memory
/// (`as_strided`), and the overlapping windows built on them (`sliding_window_view`).
extension NDArray {
    /// `np.lib.stride_tricks.as_strided`: a view of this memory with the given geometry.
    /// Windows may overlap: several elements of the view can be one byte of memory.
    ///
    /// NumPy goes through a `DummyArray` holding the new `__array_interface__`, so the
    /// view's base is that holder (whose base is this array), not this array; views
    /// of the result take the result itself as their base.
    /// NumPy never checks the geometry; arrsh refuses a view that would reach a byte
    /// outside the buffer, which NumPy reads or writes whatever lies there.
    public func asStrided(shape newShape: [Int], strides newStrides: [Int], writeable: Bool) throws(PythonError)
        -> NDArray
    {
        guard newShape.count == newStrides.count else { throw .value("mismatch in length of strides and shape") }
        _ = try NDArray.byteCount(shape: newShape, itemsize: itemsize)
        if !newShape.contains(0) {
            var low = offset
            var high = offset
            for (extent, stride) in zip(newShape, newStrides) {
                let (reach, overflow) = (extent - 1).multipliedReportingOverflow(by: stride)
                if overflow || reach.magnitude > UInt(buffer.byteCount) { throw outsideMemory }
                if reach < 0 { low += reach } else { high += reach }
                if low < 0 || high > buffer.byteCount { throw outsideMemory }
            }
            guard high + itemsize <= buffer.byteCount else { throw outsideMemory }
        }
        // NumPy's holder carries the new geometry in its __array_interface__.
        let holder = NDArray(
            buffer: buffer, offset: offset, shape: newShape, strides: newStrides, dtype: dtype,
            base: self, writeable: isWriteable)
        holder.isInterfaceHolder = true
        return NDArray(
            buffer: buffer, offset: offset, shape: newShape, strides: newStrides, dtype: dtype,
            base: holder, writeable: isWriteable && writeable)
    }

    private var outsideMemory: PythonError {
        .value(
            "as_strided: the view would reach bytes outside the array's memory (arrsh refuses; NumPy reads whatever lies there)"
        )
    }

    /// `np.lib.stride_tricks.sliding_window_view`: every window of `window` elements
    /// along `axes` (all axes, in order, when nil; an axis may be windowed twice), as
    /// a view whose last axes run inside a window. Read-only unless `writeable`.
    public func slidingWindows(_ window: [Int], axes: [Int]?, writeable: Bool) throws(PythonError) -> NDArray {
        if window.contains(where: { $0 < 0 }) { throw .value("`window_shape` cannot contain negative values") }
        let along: [Int]
        if let axes {
            along = try axes.map { axis throws(PythonError) in try normalizeAxis(axis) }
            guard window.count == along.count else {
                throw .value(
                    "Must provide matching length window_shape and axis; got \(window.count) window_shape elements and \(along.count) axes elements."
                )
            }
        } else {
            along = Array(0..<ndim)
            guard window.count == along.count else {
                throw .value(
                    "Since axis is `None`, must provide window_shape for all dimensions of `x`; got \(window.count) window_shape elements and `x.ndim` is \(ndim)."
                )
            }
        }
        var trimmed = shape
        for (axis, extent) in zip(along, window) {
            guard trimmed[axis] >= extent else { throw .value("window shape cannot be larger than input array shape") }
            trimmed[axis] -= extent - 1
        }
        return try asStrided(
            shape: trimmed + window, strides: strides + along.map { strides[$0] }, writeable: writeable)
    }
}
