public enum FloatTrim: Sendable { case keep, trimZeros, trimAll, trimZerosAndPoint }
public enum FloatFormatting {
    public static func positional<F: BinaryFloatingPoint & LosslessStringConvertible>(_ x: F, precision: Int?, unique: Bool = true, trim: FloatTrim, padLeft: Int? = nil, padRight: Int? = nil, minDigits: Int? = nil) -> String { "\(x)" }
    public static func scientific<F: BinaryFloatingPoint & LosslessStringConvertible>(_ x: F, precision: Int?, unique: Bool = true, trim: FloatTrim, padLeft: Int? = nil, expDigits: Int? = nil, minDigits: Int? = nil) -> String { "\(x)" }
    public static func scalarText<F: BinaryFloatingPoint & LosslessStringConvertible>(_ x: F) -> String { "\(x)" }
}
