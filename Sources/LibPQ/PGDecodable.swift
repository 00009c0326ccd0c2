import Foundation

/// A Swift value that can be read from a text-format result column.
///
/// Rows decode tuple-style: `try result.decode((String, Int64, Date?).self)`. Make a column optional in the
/// tuple to accept NULL; a NULL in a non-optional column throws ``PGError/Code/unexpectedNull``.
package protocol PGDecodable {
    /// Decodes a non-NULL value from PostgreSQL's text output.
    init(pgText: String) throws

    /// Decodes a possibly NULL value. The default throws for NULL; `Optional` accepts it.
    static func decode(pgText: String?) throws -> Self
}

extension PGDecodable {
    package static func decode(pgText: String?) throws -> Self {
        guard let pgText else { throw PGError(code: .unexpectedNull, message: "NULL in a non-optional column") }
        return try Self(pgText: pgText)
    }
}

extension Optional: PGDecodable where Wrapped: PGDecodable {
    package init(pgText: String) throws { self = try Wrapped(pgText: pgText) }

    package static func decode(pgText: String?) throws -> Self {
        try pgText.map { try Wrapped(pgText: $0) }
    }
}

extension String: PGDecodable {
    package init(pgText: String) { self = pgText }
}

extension Int: PGDecodable {
    package init(pgText: String) throws { self = try parseInteger(pgText, as: Int.self) }
}

extension Int64: PGDecodable {
    package init(pgText: String) throws { self = try parseInteger(pgText, as: Int64.self) }
}

extension Int32: PGDecodable {
    package init(pgText: String) throws { self = try parseInteger(pgText, as: Int32.self) }
}

extension Bool: PGDecodable {
    package init(pgText: String) throws {
        switch pgText {
        case "t", "true": self = true
        case "f", "false": self = false
        default: throw PGError(code: .decodingFailed, message: "not a boolean")
        }
    }
}

extension Date: PGDecodable {
    /// Decodes `timestamptz` text such as `2025-12-04 15:30:00.5+09` (ISO DateStyle, which sessions set).
    package init(pgText: String) throws {
        guard let date = PGTimestamp.parse(pgText) else {
            throw PGError(code: .decodingFailed, message: "not a timestamptz in ISO format")
        }
        self = date
    }
}

private func parseInteger<T: FixedWidthInteger>(_ text: String, as: T.Type) throws -> T {
    guard let value = T(text) else { throw PGError(code: .decodingFailed, message: "not an integer of type \(T.self)") }
    return value
}
