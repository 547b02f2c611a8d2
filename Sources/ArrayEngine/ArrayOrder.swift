/// NumPy's `order=`: the memory layout of a new array, or the order elements are read in.
public enum ArrayOrder: Equatable, Sendable {
    /// Row-major ('C'), column-major ('F'), 'F' when the source is Fortran-contiguous
    /// and not C-contiguous ('A'), or the source's own memory order ('K').
    case c, fortran, any, keep

    /// The order named by NumPy's one-letter code (either case, as NumPy accepts).
    public init?(code: String) {
        switch code.uppercased() {
        case "C": self = .c
        case "F": self = .fortran
        case "A": self = .any
        case "K": self = .keep
        default: return nil
        }
    }
}
