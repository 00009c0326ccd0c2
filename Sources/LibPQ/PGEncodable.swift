import Foundation

/// A Swift value that can be bound to a statement parameter in PostgreSQL's text format.
package protocol PGEncodable {
    /// The value as PostgreSQL text input, or `nil` for SQL NULL.
    var pgText: String? { get }
}

extension String: PGEncodable {
    package var pgText: String? { self }
}

extension Int: PGEncodable {
    package var pgText: String? { String(self) }
}

extension Int64: PGEncodable {
    package var pgText: String? { String(self) }
}

extension Int32: PGEncodable {
    package var pgText: String? { String(self) }
}

extension Bool: PGEncodable {
    package var pgText: String? { self ? "t" : "f" }
}

extension Date: PGEncodable {
    /// A `timestamptz` literal in UTC with microseconds, for example `2025-12-04 06:30:00.000000+00`.
    package var pgText: String? { PGTimestamp.format(self) }
}

extension Optional: PGEncodable where Wrapped: PGEncodable {
    package var pgText: String? { flatMap(\.pgText) }
}

extension Array: PGEncodable where Element: PGEncodable {
    /// A one-dimensional array literal, for example `{005930,"SK 하이닉스",NULL}`; cast it in SQL (`$1::text[]`).
    ///
    /// Elements are quoted only when they must be (empty, `NULL`, or containing a brace, quote, comma, backslash
    /// or whitespace), and built as bytes: bulk upserts encode hundreds of thousands of elements per sync.
    package var pgText: String? {
        var out: [UInt8] = []
        out.reserveCapacity(count * 12 + 2)
        out.append(UInt8(ascii: "{"))
        for (i, element) in enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            guard let text = element.pgText else {
                out.append(contentsOf: "NULL".utf8)
                continue
            }
            PGArrayLiteral.append(text, to: &out)
        }
        out.append(UInt8(ascii: "}"))
        return String(decoding: out, as: UTF8.self)
    }
}

/// Element quoting for array literals (see PostgreSQL's `array_in`).
enum PGArrayLiteral {
    static func append(_ text: String, to out: inout [UInt8]) {
        let bytes = text.utf8
        if !bytes.isEmpty, !bytes.contains(where: needsQuotes), !isNullWord(bytes) {
            out.append(contentsOf: bytes)
            return
        }
        out.append(UInt8(ascii: "\""))
        for byte in bytes {
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { out.append(UInt8(ascii: "\\")) }
            out.append(byte)
        }
        out.append(UInt8(ascii: "\""))
    }

    /// `NULL` in any case would read as SQL NULL unquoted.
    private static func isNullWord(_ bytes: String.UTF8View) -> Bool {
        bytes.count == 4 && bytes.map { $0 & 0xDF }.elementsEqual("NULL".utf8)
    }

    private static func needsQuotes(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: ","), UInt8(ascii: "\""), UInt8(ascii: "\\"),
            UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"), 0x0B, 0x0C:
            true
        default: false
        }
    }
}
