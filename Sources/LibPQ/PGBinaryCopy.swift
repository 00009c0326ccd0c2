import Foundation

/// A Swift value that can be written as one field of a binary COPY row (the server's `recv` format).
package protocol PGBinaryEncodable {
    /// Appends the field: its length as a big-endian `Int32` (-1 for NULL), then its bytes.
    func appendPGBinary(to buffer: inout [UInt8])
}

extension Int64: PGBinaryEncodable {
    /// An `int8`: eight big-endian bytes.
    package func appendPGBinary(to buffer: inout [UInt8]) {
        appendBigEndian(Int32(8), to: &buffer)
        appendBigEndian(self, to: &buffer)
    }
}

extension String: PGBinaryEncodable {
    /// A `text` or `varchar`: the UTF-8 bytes.
    package func appendPGBinary(to buffer: inout [UInt8]) {
        appendBigEndian(Int32(utf8.count), to: &buffer)
        buffer.append(contentsOf: utf8)
    }
}

extension Date: PGBinaryEncodable {
    /// A `timestamptz`: microseconds since 2000-01-01 UTC, rounded as the text format rounds.
    package func appendPGBinary(to buffer: inout [UInt8]) {
        PGTimestamp.microsecondsSince2000(self).appendPGBinary(to: &buffer)
    }
}

extension Optional: PGBinaryEncodable where Wrapped: PGBinaryEncodable {
    package func appendPGBinary(to buffer: inout [UInt8]) {
        guard let self else { return appendBigEndian(Int32(-1), to: &buffer) }
        self.appendPGBinary(to: &buffer)
    }
}

/// The bytes of a `COPY … FROM STDIN (FORMAT binary)` stream, built row by row; send it with
/// ``PGConnection/copyIn(_:rows:)``.
///
/// The row type is the generic parameter pack, so every row has the same fields, in the statement's column
/// order. The format is PostgreSQL's: an 11-byte signature, flags and header-extension length, then per row a
/// field count and each field's length and bytes, then a -1 trailer.
package struct PGBinaryCopy<each Column: PGBinaryEncodable> {
    /// The rows appended so far.
    package private(set) var rowCount = 0
    private var buffer: [UInt8]
    private let columnCount: Int16

    /// Starts a stream; `reservingBytes` sizes the buffer up front.
    package init(reservingBytes: Int = 0) {
        var count: Int16 = 0
        for _ in repeat (each Column).self { count += 1 }
        columnCount = count
        buffer = Array("PGCOPY\n".utf8) + [0xFF, 0x0D, 0x0A, 0x00] + [0, 0, 0, 0] + [0, 0, 0, 0]
        buffer.reserveCapacity(reservingBytes + buffer.count + 2)
    }

    /// Appends one row.
    package mutating func append(_ row: repeat each Column) {
        appendBigEndian(columnCount, to: &buffer)
        repeat (each row).appendPGBinary(to: &buffer)
        rowCount += 1
    }

    /// Calls `body` with the finished stream (the rows and the trailer).
    func withStream<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        try (buffer + [0xFF, 0xFF]).withUnsafeBytes(body)
    }
}

package func appendBigEndian<T: FixedWidthInteger>(_ value: T, to buffer: inout [UInt8]) {
    withUnsafeBytes(of: value.bigEndian) { buffer.append(contentsOf: $0) }
}
