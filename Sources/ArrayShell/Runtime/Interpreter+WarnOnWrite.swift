import ArrayEngine

/// NumPy's warnings around the stretched results of `np.broadcast_arrays`, which are
/// writeable for now though their elements overlap (`NDArray.warnsOnWrite`).
extension Interpreter {
    /// Before a write into `a`: NumPy's DeprecationWarning, once per array.
    func noteWrite(_ a: NDArray) {
        guard a.warnsOnWrite else { return }
        warn(
            """
            DeprecationWarning: Numpy has detected that you (may be) writing to an array with
            overlapping memory from np.broadcast_arrays. If this is intentional
            set the WRITEABLE flag True or make a copy immediately before writing.

            """)
        a.clearWarnsOnWrite()
    }

    /// `a.flags.writeable` / `a.flags['W']`: reading the flag of such an array warns.
    func readFlag(_ a: NDArray, _ key: String) throws(PythonError) -> Value {
        let value = try FlagsAttributes.get(a, key: key)
        if a.warnsOnWrite, ["writeable", "w"].contains(key.lowercased()) {
            warn(
                "FutureWarning: future versions will not create a writeable array from broadcast_array. Set the writable flag explicitly to avoid this warning.\n"
            )
        }
        return value
    }
}
