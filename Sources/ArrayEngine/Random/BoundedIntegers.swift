/// Uniform integers in a closed interval `[offset, offset + range]`, drawn as
/// NumPy draws them, so every dtype's stream matches.
///
/// Generator uses Lemire's multiply-and-reject method; the legacy `randint`
/// keeps the masked rejection method (draw, mask to the smallest covering
/// power of two, retry while above the range). Draws for 8- and 16-bit types
/// and for bool come out of a shared 32-bit buffer, low bits first, which is
/// why a run of values must be drawn with one `BitBuffer`.
enum BoundedIntegers {
    /// Which rejection method to use.
    enum Method { case lemire, masked }

    /// The 32-bit draw that 8-bit, 16-bit and bool values are cut from.
    struct BitBuffer {
        var bits: UInt32 = 0
        var remaining = 0
    }

    /// The smallest all-ones mask covering `max` (`gen_mask`).
    static func mask(covering max: UInt64) -> UInt64 {
        var mask = max
        mask |= mask >> 1
        mask |= mask >> 2
        mask |= mask >> 4
        mask |= mask >> 8
        mask |= mask >> 16
        mask |= mask >> 32
        return mask
    }

    // MARK: - 64 and 32 bits (no buffer)

    /// `random_bounded_uint64`: ranges that fit 32 bits use 32-bit draws.
    static func uint64(_ bits: some BitGenerator, offset: UInt64, range: UInt64, method: Method) -> UInt64 {
        if range == 0 { return offset }
        if range <= UInt64(UInt32.max) {
            return offset &+ UInt64(uint32(bits, offset: 0, range: UInt32(range), method: method))
        }
        if range == .max { return offset &+ bits.nextUInt64() }
        switch method {
        case .masked:
            let mask = mask(covering: range)
            while true {
                let value = bits.nextUInt64() & mask
                if value <= range { return offset &+ value }
            }
        case .lemire:
            let exclusive = range &+ 1
            var product = bits.nextUInt64().multipliedFullWidth(by: exclusive)
            if product.low < exclusive {
                let threshold = (UInt64.max &- range) % exclusive
                while product.low < threshold {
                    product = bits.nextUInt64().multipliedFullWidth(by: exclusive)
                }
            }
            return offset &+ product.high
        }
    }

    /// `random_buffered_bounded_uint32` (32-bit draws are never buffered).
    static func uint32(_ bits: some BitGenerator, offset: UInt32, range: UInt32, method: Method) -> UInt32 {
        if range == 0 { return offset }
        if range == .max { return offset &+ bits.nextUInt32() }
        switch method {
        case .masked:
            let mask = UInt32(truncatingIfNeeded: mask(covering: UInt64(range)))
            while true {
                let value = bits.nextUInt32() & mask
                if value <= range { return offset &+ value }
            }
        case .lemire:
            let exclusive = range &+ 1
            var product = UInt64(bits.nextUInt32()) &* UInt64(exclusive)
            if UInt32(truncatingIfNeeded: product) < exclusive {
                let threshold = (UInt32.max &- range) % exclusive
                while UInt32(truncatingIfNeeded: product) < threshold {
                    product = UInt64(bits.nextUInt32()) &* UInt64(exclusive)
                }
            }
            return offset &+ UInt32(truncatingIfNeeded: product >> 32)
        }
    }

    // MARK: - 16 and 8 bits, and bool (buffered)

    /// The next 16 bits of the buffer: two per 32-bit draw.
    private static func next16(_ bits: some BitGenerator, _ buffer: inout BitBuffer) -> UInt16 {
        if buffer.remaining == 0 {
            buffer.bits = bits.nextUInt32()
            buffer.remaining = 1
        } else {
            buffer.bits >>= 16
            buffer.remaining -= 1
        }
        return UInt16(truncatingIfNeeded: buffer.bits)
    }

    /// The next 8 bits of the buffer: four per 32-bit draw.
    private static func next8(_ bits: some BitGenerator, _ buffer: inout BitBuffer) -> UInt8 {
        if buffer.remaining == 0 {
            buffer.bits = bits.nextUInt32()
            buffer.remaining = 3
        } else {
            buffer.bits >>= 8
            buffer.remaining -= 1
        }
        return UInt8(truncatingIfNeeded: buffer.bits)
    }

    /// `random_buffered_bounded_uint16`.
    static func uint16(
        _ bits: some BitGenerator, offset: UInt16, range: UInt16, method: Method,
        buffer: inout BitBuffer
    ) -> UInt16 {
        if range == 0 { return offset }
        if range == .max { return offset &+ next16(bits, &buffer) }
        switch method {
        case .masked:
            let mask = UInt16(truncatingIfNeeded: mask(covering: UInt64(range)))
            while true {
                let value = next16(bits, &buffer) & mask
                if value <= range { return offset &+ value }
            }
        case .lemire:
            let exclusive = range &+ 1
            var product = UInt32(next16(bits, &buffer)) &* UInt32(exclusive)
            if UInt16(truncatingIfNeeded: product) < exclusive {
                let threshold = (UInt16.max &- range) % exclusive
                while UInt16(truncatingIfNeeded: product) < threshold {
                    product = UInt32(next16(bits, &buffer)) &* UInt32(exclusive)
                }
            }
            return offset &+ UInt16(truncatingIfNeeded: product >> 16)
        }
    }

    /// `random_buffered_bounded_uint8`.
    static func uint8(
        _ bits: some BitGenerator, offset: UInt8, range: UInt8, method: Method,
        buffer: inout BitBuffer
    ) -> UInt8 {
        if range == 0 { return offset }
        if range == .max { return offset &+ next8(bits, &buffer) }
        switch method {
        case .masked:
            let mask = UInt8(truncatingIfNeeded: mask(covering: UInt64(range)))
            while true {
                let value = next8(bits, &buffer) & mask
                if value <= range { return offset &+ value }
            }
        case .lemire:
            let exclusive = range &+ 1
            var product = UInt16(next8(bits, &buffer)) &* UInt16(exclusive)
            if UInt8(truncatingIfNeeded: product) < exclusive {
                let threshold = (UInt8.max &- range) % exclusive
                while UInt8(truncatingIfNeeded: product) < threshold {
                    product = UInt16(next8(bits, &buffer)) &* UInt16(exclusive)
                }
            }
            return offset &+ UInt8(truncatingIfNeeded: product >> 8)
        }
    }

    /// `buffered_bounded_bool`: one bit per value, 32 per draw; both methods agree.
    static func bool(_ bits: some BitGenerator, offset: Bool, range: Bool, buffer: inout BitBuffer) -> Bool {
        if !range { return offset }
        if buffer.remaining == 0 {
            buffer.bits = bits.nextUInt32()
            buffer.remaining = 31
        } else {
            buffer.bits >>= 1
            buffer.remaining -= 1
        }
        return buffer.bits & 1 != 0
    }

    /// `random_interval`: masked rejection on `[0, max]`, with 32-bit draws when
    /// `max` fits them (the draw every shuffle makes).
    static func interval(_ bits: some BitGenerator, max: UInt64) -> UInt64 {
        if max == 0 { return 0 }
        let mask = mask(covering: max)
        if max <= UInt64(UInt32.max) {
            while true {
                let value = UInt64(bits.nextUInt32()) & mask
                if value <= max { return value }
            }
        }
        while true {
            let value = bits.nextUInt64() & mask
            if value <= max { return value }
        }
    }
}
