/// One-dimensional shapes with a small extent, made once and shared by every view that has one.
///
/// A view's shape is an `[Int]` of its own: making a new one for each `a[1:4]` is an
/// allocation and a free per view. Swift's arrays are values (a write copies a shared
/// buffer first), so the views sharing one `[3]` never see each other's changes.
public enum SharedShapes {
    /// Extents below this are shared; a few kilobytes, made at the first use.
    static let limit = 256
    private static let vectors: [[Int]] = (0..<limit).map { [$0] }

    /// `[extent]`, shared when the extent is small.
    public static func vector(_ extent: Int) -> [Int] {
        extent >= 0 && extent < limit ? vectors[extent] : [extent]
    }
}
