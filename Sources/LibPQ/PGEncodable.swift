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
    /// A `timestamptz` literal in UTC with microseconds, e.g. `2025-12-04 06:30:00.000000+00`.
    package var pgText: String? { PGTimestamp.format(self) }
}

extension Optional: PGEncodable where Wrapped: PGEncodable {
    package var pgText: String? { flatMap(\.pgText) }
}

extension Array: PGEncodable where Element: PGEncodable {
    /// A one-dimensional array literal, e.g. `{"005930","000660",NULL}`; cast it in SQL (`$1::text[]`).
    ///
    /// Every element is quoted, so commas, braces, spaces and Korean text need no special care.
    package var pgText: String? {
        var out = "{"
        out.reserveCapacity(count * 12 + 2)
        for (i, element) in enumerated() {
            if i > 0 { out += "," }
            guard let text = element.pgText else {
                out += "NULL"
                continue
            }
            out += "\""
            if text.utf8.contains(where: { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
                out += text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            } else {
                out += text
            }
            out += "\""
        }
        return out + "}"
    }
}
