import Foundation

/// A Swift value that can be read from a binary-format result column (the server's `send` format).
///
/// Binary results skip both the server's text output and our text parsing: an `int8` is eight big-endian bytes,
/// a `timestamptz` is microseconds since 2000-01-01 UTC. Each type names the column types it reads, and
/// ``PGResult/decodeBinary(_:)`` checks them before the first row, so a column whose type differs from the
/// tuple's fails with `.decodingFailed` instead of being misread.
package protocol PGBinaryDecodable {
    /// The column types this decoder reads.
    static var pgBinaryTypes: [PGType] { get }

    /// Decodes a non-NULL value from its bytes, which are valid only during the call.
    init(pgBinary bytes: UnsafeRawBufferPointer) throws

    /// Decodes a possibly NULL value. The default throws for NULL; `Optional` accepts it.
    static func decode(pgBinary bytes: UnsafeRawBufferPointer?) throws -> Self
}

extension PGBinaryDecodable {
    package static func decode(pgBinary bytes: UnsafeRawBufferPointer?) throws -> Self {
        guard let bytes else { throw PGError(code: .unexpectedNull, message: "NULL in a non-optional column") }
        return try Self(pgBinary: bytes)
    }
}

extension Optional: PGBinaryDecodable where Wrapped: PGBinaryDecodable {
    package static var pgBinaryTypes: [PGType] { Wrapped.pgBinaryTypes }

    package init(pgBinary bytes: UnsafeRawBufferPointer) throws { self = try Wrapped(pgBinary: bytes) }

    package static func decode(pgBinary bytes: UnsafeRawBufferPointer?) throws -> Self {
        try bytes.map { try Wrapped(pgBinary: $0) }
    }
}

extension String: PGBinaryDecodable {
    package static var pgBinaryTypes: [PGType] { PGType.textual }

    package init(pgBinary bytes: UnsafeRawBufferPointer) { self = String(decoding: bytes, as: UTF8.self) }
}

extension Int64: PGBinaryDecodable {
    package static var pgBinaryTypes: [PGType] { PGType.integers }

    package init(pgBinary bytes: UnsafeRawBufferPointer) throws { self = try bigEndianInteger(bytes) }
}

extension Int: PGBinaryDecodable {
    package static var pgBinaryTypes: [PGType] { PGType.integers }

    package init(pgBinary bytes: UnsafeRawBufferPointer) throws { self = Int(try bigEndianInteger(bytes)) }
}

extension Bool: PGBinaryDecodable {
    package static var pgBinaryTypes: [PGType] { [.bool] }

    package init(pgBinary bytes: UnsafeRawBufferPointer) throws {
        guard bytes.count == 1 else { throw PGError(code: .decodingFailed, message: "not a boolean") }
        self = bytes[0] != 0
    }
}

extension Date: PGBinaryDecodable {
    package static var pgBinaryTypes: [PGType] { [.timestamptz] }

    /// Decodes microseconds since 2000-01-01 UTC; `infinity` and `-infinity` throw.
    package init(pgBinary bytes: UnsafeRawBufferPointer) throws {
        let micros = try bigEndianInteger(bytes, exactly: 8)
        guard micros != .max, micros != .min else {
            throw PGError(code: .decodingFailed, message: "an infinite timestamptz")
        }
        self = PGTimestamp.date(microsecondsSince2000: micros)
    }
}

/// Reads a big-endian two's-complement integer of 2, 4 or 8 bytes (or exactly `exactly` bytes).
package func bigEndianInteger(_ bytes: UnsafeRawBufferPointer, exactly size: Int? = nil) throws -> Int64 {
    if let size, bytes.count != size {
        throw PGError(code: .decodingFailed, message: "expected \(size) bytes, got \(bytes.count)")
    }
    switch bytes.count {
    case 2: return Int64(Int16(bigEndian: bytes.loadUnaligned(as: Int16.self)))
    case 4: return Int64(Int32(bigEndian: bytes.loadUnaligned(as: Int32.self)))
    case 8: return Int64(bigEndian: bytes.loadUnaligned(as: Int64.self))
    default: throw PGError(code: .decodingFailed, message: "not an integer of 2, 4 or 8 bytes")
    }
}
