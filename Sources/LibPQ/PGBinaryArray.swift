extension Array: PGBinaryDecodable where Element: PGBinaryDecodable {
    /// The array types of the element's types (`[Int64]` reads `int8[]`, `int4[]`).
    package static var pgBinaryTypes: [PGType] { Element.pgBinaryTypes.compactMap { PGType.arrays[$0] } }

    /// Decodes a one-dimensional array in `array_send`'s format.
    ///
    /// That is dimensions, flags and element type, then each element's length (-1 for NULL) and bytes. An empty
    /// array has no dimensions.
    ///
    /// Per-stock arrays built by the server (`array_agg`) turn thousands of rows into one cell each, read in
    /// one loop here instead of one libpq cell per value.
    /// - Throws: ``PGError`` `.decodingFailed` for more than one dimension, an element type the element does
    ///   not read, or a short buffer; `.unexpectedNull` for a NULL element of a non-optional type.
    package init(pgBinary bytes: UnsafeRawBufferPointer) throws {
        var reader = BinaryReader(bytes)
        let dimensions = try reader.int32()
        _ = try reader.int32()  // has-nulls flag: each element's length says so anyway
        let type = PGType(rawValue: UInt32(bitPattern: try reader.int32()))
        guard dimensions <= 1 else {
            throw PGError(code: .decodingFailed, message: "an array of \(dimensions) dimensions")
        }
        guard dimensions == 1 else {
            self = []
            return
        }
        guard Element.pgBinaryTypes.contains(type) else {
            throw PGError(code: .decodingFailed, message: "an array of \(type), which \(Element.self) does not read")
        }
        let count = Int(try reader.int32())
        _ = try reader.int32()  // lower bound
        var elements: [Element] = []
        elements.reserveCapacity(count)
        for _ in 0..<count {
            elements.append(try Element.decode(pgBinary: try reader.field()))
        }
        self = elements
    }
}

/// A cursor over a binary value's big-endian fields.
private struct BinaryReader {
    let bytes: UnsafeRawBufferPointer
    var offset = 0

    init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    mutating func int32() throws -> Int32 {
        guard offset + 4 <= bytes.count else { throw Self.short }
        defer { offset += 4 }
        return Int32(bigEndian: bytes.loadUnaligned(fromByteOffset: offset, as: Int32.self))
    }

    /// A length-prefixed field: `nil` for NULL (length -1).
    mutating func field() throws -> UnsafeRawBufferPointer? {
        let length = Int(try int32())
        guard length >= 0 else { return nil }
        guard offset + length <= bytes.count else { throw Self.short }
        defer { offset += length }
        return UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + length])
    }

    private static var short: PGError { PGError(code: .decodingFailed, message: "an array value cut short") }
}
