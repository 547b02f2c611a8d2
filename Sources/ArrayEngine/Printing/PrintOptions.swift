import Foundation

/// NumPy's print options (`np.set_printoptions`): what array printing honours.
///
/// Like NumPy's (a context variable), they belong to the thread that prints: each
/// session runs its statements on a thread of its own, so sessions never see each
/// other's options.
public struct PrintOptions: Equatable, Sendable {
    /// Digits after the point (a maximum: `floatmode='maxprec'`).
    public var precision = 8
    /// Arrays with more elements than this are summarised with `...`.
    public var threshold = 1000
    /// Items kept at each end of a summarised axis.
    public var edgeItems = 3
    /// Characters per line before wrapping.
    public var lineWidth = 75
    /// Never scientific notation for small numbers (they print as 0.).
    public var suppress = false
    /// How nan and the infinities print in arrays (NumPy scalars keep `nan` and `inf`).
    public var nanText = "nan"
    public var infText = "inf"

    public init() {}

    private static let key = "arrsh.printoptions"

    /// The options of the current thread.
    public static var current: PrintOptions {
        get { (Thread.current.threadDictionary[key] as? Box)?.options ?? PrintOptions() }
        set { Thread.current.threadDictionary[key] = Box(newValue) }
    }

    /// An Objective-C object, which a thread's dictionary holds as it is: a Swift class
    /// would be wrapped at every store, after a search of every protocol conformance in
    /// the program the first time (1.6% of start-up).
    private final class Box: NSObject {
        let options: PrintOptions
        init(_ options: PrintOptions) { self.options = options }
    }
}
