import ArrayEngine

/// The ndarray methods that are NumPy functions called with the array first
/// (`a.diagonal()` is `np.diagonal(a)`), each declared with the method's own signature.
extension ArrayMethods {
    static func functionMethods(_ np: (String) -> Function) -> [String: ArrayMethod] {
        [
            "diagonal": .forwarding(np("diagonal"), "diagonal(offset=0, axis1=0, axis2=1)"),
            "trace": .forwarding(np("trace"), "trace(offset=0, axis1=0, axis2=1, dtype=None, out=None)"),
        ]
    }
}
