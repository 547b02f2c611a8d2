import Foundation
import Testing

@testable import ArrayEngine

/// One line of Fixtures/float-formatting.tsv (written by make-float-formatting.py from real NumPy).
struct FloatFormattingCase: CustomStringConvertible, Sendable {
    var line: Int
    var kind: String
    var dtype: String
    var bits: UInt64
    var value: String
    var precision: Int?
    var unique: Bool
    var trim: FloatTrim
    var padLeft: Int?
    var padRight: Int?
    var expDigits: Int?
    var minDigits: Int?
    var expected: String

    var description: String {
        "line \(line): \(kind) \(dtype) \(value) p=\(precision.map(String.init) ?? "None") "
            + "unique=\(unique) trim=\(trim) padL=\(padLeft.map(String.init) ?? "-") padR=\(padRight.map(String.init) ?? "-") "
            + "exp=\(expDigits.map(String.init) ?? "-") min=\(minDigits.map(String.init) ?? "-")"
    }

    /// What FloatFormatting produces for this row.
    func actual() -> String {
        dtype == "f32" ? format(Float(bitPattern: UInt32(truncatingIfNeeded: bits))) : format(Double(bitPattern: bits))
    }

    private func format<F: BinaryFloatingPoint & LosslessStringConvertible>(_ x: F) -> String {
        switch kind {
        case "pos":
            FloatFormatting.positional(
                x, precision: precision, unique: unique, trim: trim,
                padLeft: padLeft, padRight: padRight, minDigits: minDigits)
        case "sci":
            FloatFormatting.scientific(
                x, precision: precision, unique: unique, trim: trim,
                padLeft: padLeft, expDigits: expDigits, minDigits: minDigits)
        default:
            FloatFormatting.scalarText(x)
        }
    }
}

enum FloatFormattingFixture {
    static let url = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .appendingPathComponent("Fixtures/float-formatting.tsv")

    static let cases: [FloatFormattingCase] = {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { index, line in
            guard !line.isEmpty, !line.hasPrefix("#") else { return nil }
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count == 12, let bits = UInt64(f[2], radix: 16) else { return nil }
            return FloatFormattingCase(
                line: index + 1, kind: f[0], dtype: f[1], bits: bits, value: f[3], precision: Int(f[4]),
                unique: f[5] != "0", trim: FloatTrim(numpyCode: f[6]) ?? .keep, padLeft: Int(f[7]),
                padRight: Int(f[8]), expDigits: Int(f[9]), minDigits: Int(f[10]), expected: f[11])
        }
    }()

    static var dataLineCount: Int {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return -1 }
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.count
    }
}

@Suite struct FloatFormattingTests {
    @Test func fixtureIsComplete() {
        #expect(FloatFormattingFixture.cases.count > 1000)
        #expect(FloatFormattingFixture.cases.count == FloatFormattingFixture.dataLineCount)
    }

    /// One loop rather than a parameterized test: thousands of rows would flood the log.
    @Test func matchesNumPy() {
        for row in FloatFormattingFixture.cases {
            #expect(row.actual() == row.expected, "\(row.description)")
        }
    }

    /// Hand-picked cases from the NumPy docs and from quirks worth keeping visible.
    @Test func knownExamples() {
        #expect(FloatFormatting.positional(0.123456789123, precision: 8, trim: .keep) == "0.12345679")
        // Float(Double.pi), not Float.pi: Swift rounds Float.pi toward zero (3.1415925).
        #expect(FloatFormatting.positional(Float(Double.pi), precision: nil, trim: .keep) == "3.1415927")
        #expect(FloatFormatting.positional(-0.0, precision: nil, trim: .keep) == "-0.")
        #expect(FloatFormatting.positional(1e-10, precision: 8, trim: .keep) == "0.00000000")
        #expect(FloatFormatting.positional(Double.nan, precision: nil, trim: .keep, padLeft: 5) == "nan")
        #expect(
            FloatFormatting.scientific(1.0000000001, precision: 3, unique: false, trim: .trimZerosAndPoint) == "1.e+00")
        #expect(FloatFormatting.scientific(1.0, precision: nil, trim: .keep, expDigits: 0) == "1.e+")
        #expect(FloatFormatting.scientific(1.23e24, precision: nil, trim: .keep, expDigits: 4) == "1.23e+0024")
        #expect(FloatFormatting.scalarText(1e16) == "1e+16")
        #expect(FloatFormatting.scalarText(1e-5) == "1e-05")
        #expect(FloatFormatting.scalarText(Float(1e-4)) == "1e-04")
        #expect(FloatFormatting.scalarText(Float(1e6)) == "1e+06")
        #expect(FloatFormatting.scalarText(Float(999_999.9)) == "999999.9")
        #expect(FloatFormatting.scalarText(1e6) == "1000000.0")
        #expect(FloatFormatting.scalarText(-Double.infinity) == "-inf")
        #expect(FloatFormatting.scalarText(-Double.nan) == "nan")
        #expect(FloatFormatting.scalarText(-0.0) == "-0.0")
    }

    @Test func outOfRangeArgumentsDoNotTrap() {
        #expect(FloatFormatting.positional(1.5, precision: -3, unique: false, trim: .keep) == "1.5")
        #expect(FloatFormatting.positional(1.5, precision: Int.max, unique: false, trim: .keep).count == 16_386)
        #expect(
            FloatFormatting.scientific(1.5, precision: nil, trim: .keep, padLeft: -1, expDigits: 99) == "1.5e+00000")
    }
}
