/// `np.einsum`: products of operands summed over the labels the output lacks.
///
/// Each operand's axes get labels from the subscripts (`...` stands for broadcast
/// axes); a label repeated within one operand takes its diagonal. The operands are
/// laid out over all labels (output labels first, then the summed ones, in order of
/// appearance), multiplied with broadcasting and summed over the trailing labels.
public enum Einsum {
    public static func run(_ subscripts: String, _ operands: [NDArray], dtype: DType? = nil) throws(PythonError)
        -> NDArray
    {
        let text = subscripts.filter { $0 != " " }
        let parts = text.components(separatedBy: "->")
        guard parts.count <= 2 else {
            throw .value("einstein sum subscript string does not contain proper '->' output specified")
        }
        let inputs = parts[0].components(separatedBy: ",")
        guard inputs.count == operands.count else {
            throw .value(
                inputs.count > operands.count
                    ? "more operands provided to einstein sum function than specified in the subscripts string"
                    : "fewer operands provided to einstein sum function than specified in the subscripts string")
        }
        // "." marks the broadcast axes; they get labels no letter can clash with, counted from the right.
        var ellipsisRank = 0
        var labels: [[Character]] = []
        for (text, operand) in zip(inputs, operands) {
            let explicit = text.replacingOccurrences(of: "...", with: ".")
            guard explicit.allSatisfy({ $0.isLetter || $0 == "." }), explicit.filter({ $0 == "." }).count <= 1 else {
                throw .value(
                    "invalid subscript '\(explicit.first { !$0.isLetter && $0 != "." } ?? ".")' in einstein sum subscripts string, subscripts must be letters"
                )
            }
            let named = explicit.count - (explicit.contains(".") ? 1 : 0)
            let broadcast = explicit.contains(".") ? operand.ndim - named : 0
            guard broadcast >= 0, explicit.contains(".") || named == operand.ndim else {
                throw .value(
                    "operand has more dimensions than subscripts given in einstein sum, but no '...' ellipsis provided to broadcast the extra dimensions."
                )
            }
            ellipsisRank = max(ellipsisRank, broadcast)
            labels.append(explicit.flatMap { $0 == "." ? (0..<broadcast).reversed().map(broadcastLabel) : [$0] })
        }
        let ellipsis = (0..<ellipsisRank).reversed().map(broadcastLabel)
        let output: [Character]
        if parts.count == 2 {
            let explicit = parts[1].replacingOccurrences(of: "...", with: ".")
            output = explicit.flatMap { $0 == "." ? ellipsis : [$0] }
            for label in output where label.isLetter && !labels.joined().contains(label) {
                throw .value(
                    "einstein sum subscripts string included output subscript '\(label)' which never appeared in an input"
                )
            }
        } else {
            let counts = labels.joined().reduce(into: [Character: Int]()) { $0[$1, default: 0] += 1 }
            output = ellipsis + counts.keys.filter { $0.isLetter && counts[$0] == 1 }.sorted()
        }
        var summed: [Character] = []
        for label in labels.joined() where !output.contains(label) && !summed.contains(label) { summed.append(label) }
        let all = output + summed
        // Each operand: repeated labels folded into diagonals, then laid out over `all`.
        var laid: [NDArray] = []
        var remapped: [[Int]] = []
        for (operand, names) in zip(operands, labels) {
            var array = operand
            var names = names
            while let (first, second) = repeatedPair(names) {
                array = try array.diagonal(offset: 0, axis1: first, axis2: second).view()
                let label = names[first]
                names.remove(at: second)
                names.remove(at: first)
                names.append(label)
            }
            let order = all.compactMap { names.firstIndex(of: $0) }
            let moved = try array.transposed(order)
            let shape = all.map { label in names.firstIndex(of: label).map { array.shape[$0] } ?? -1 }
            remapped.append(shape)
            laid.append(try moved.reshape(shape.map { max($0, 1) }))
        }
        guard Broadcasting.shape(laid.map(\.shape)) != nil, sizesAgree(remapped) else {
            let listed = zip(operands, remapped).map {
                ShapeText.compact($0.shape) + "->" + ShapeText.compact($1) + " "
            }.joined()
            throw .value(
                "operands could not be broadcast together with remapped shapes [original->remapped]: \(listed)")
        }
        let type = dtype ?? laid.dropFirst().reduce(laid[0].dtype) { DType.promote($0, $1.dtype) }
        var product = try laid[0].copy(as: type)
        for operand in laid.dropFirst() { product = try BinaryKernel.run(.multiply, product, operand, dtype: type) }
        if product.ndim < all.count {
            product = try product.broadcast(to: try Broadcasting.operandShape(laid.map(\.shape)))
        }
        guard !summed.isEmpty else { return try product.copy() }
        let axes = Array(output.count..<all.count)
        return try Reduction.run(type == .bool ? .any : .sum, product, axes: axes, dtype: type == .bool ? nil : type)
    }

    /// `np.einsum` of one operand whose labels are all kept: a view (transposed,
    /// or a diagonal for a repeated label), as NumPy returns it; nil otherwise.
    public static func view(_ subscripts: String, _ operand: NDArray) -> NDArray? {
        var parts = subscripts.filter { $0 != " " }.components(separatedBy: "->")
        // Implicit output: the labels in alphabetical order, when none repeats.
        if parts.count == 1, parts[0].count == Set(parts[0]).count { parts.append(String(parts[0].sorted())) }
        guard parts.count == 2, !parts[0].contains("."), !parts[1].contains("."), parts[0].count == operand.ndim,
            Set(parts[0]) == Set(parts[1]), parts[1].count == Set(parts[1]).count,
            parts[0].allSatisfy(\.isLetter)
        else { return nil }
        var array = operand
        var names = Array(parts[0])
        while let (first, second) = repeatedPair(names) {
            guard let diagonal = try? array.diagonal(offset: 0, axis1: first, axis2: second) else { return nil }
            array = diagonal
            let label = names[first]
            names.remove(at: second)
            names.remove(at: first)
            names.append(label)
        }
        let order = parts[1].compactMap { names.firstIndex(of: $0) }
        guard let result = try? array.transposed(order) else { return nil }
        result.isWriteable = operand.isWriteable
        return result
    }

    /// The label of the broadcast axis `index` places from the right (a private-use character).
    private static func broadcastLabel(_ index: Int) -> Character {
        Character(UnicodeScalar(UInt32(0xE000 + index)) ?? " ")
    }

    private static func repeatedPair(_ names: [Character]) -> (Int, Int)? {
        for i in names.indices {
            if let j = names[(i + 1)...].firstIndex(of: names[i]) { return (i, j) }
        }
        return nil
    }

    /// Every label has one extent (or 1, or is absent) across operands.
    private static func sizesAgree(_ shapes: [[Int]]) -> Bool {
        guard let rank = shapes.first?.count else { return true }
        for axis in 0..<rank {
            let extents = Set(shapes.map { $0[axis] }.filter { $0 > 1 })
            if extents.count > 1 { return false }
        }
        return true
    }
}
