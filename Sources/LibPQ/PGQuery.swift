import Foundation

/// A SQL statement with its bind parameters, built by string interpolation.
///
/// Every interpolated value becomes a `$n` placeholder and a text-format bind, so values never become SQL text:
///
/// ```swift
/// let query: PGQuery = "SELECT close FROM daily_price WHERE stock_code = \(code) AND trade_date >= \(from)"
/// // sql: "SELECT close FROM daily_price WHERE stock_code = $1 AND trade_date >= $2", binds: [code, from]
/// ```
///
/// ``init(unsafeSQL:binds:)`` is the only way to send SQL text that did not come from a literal; review every use.
package struct PGQuery: Sendable, Hashable, ExpressibleByStringInterpolation, CustomDebugStringConvertible {
    /// The SQL text with `$1…$n` placeholders.
    package var sql: String
    /// One text-format value per placeholder; `nil` is SQL NULL.
    package var binds: [String?]

    /// Creates a query from raw SQL text.
    ///
    /// Never build `sql` from untrusted input.
    package init(unsafeSQL sql: String, binds: [String?] = []) {
        self.sql = sql
        self.binds = binds
    }

    package init(stringLiteral value: String) {
        self.init(unsafeSQL: value)
    }

    package init(stringInterpolation: StringInterpolation) {
        self.init(unsafeSQL: stringInterpolation.sql, binds: stringInterpolation.binds)
    }

    /// The SQL text only: binds are never shown.
    package var debugDescription: String { "PGQuery(\(sql), \(binds.count) binds)" }

    /// Collects literal SQL and turns each interpolated value into a placeholder.
    package struct StringInterpolation: StringInterpolationProtocol {
        package var sql: String
        package var binds: [String?]

        package init(literalCapacity: Int, interpolationCount: Int) {
            sql = ""
            sql.reserveCapacity(literalCapacity + interpolationCount * 3)
            binds = []
            binds.reserveCapacity(interpolationCount)
        }

        package mutating func appendLiteral(_ literal: String) {
            sql += literal
        }

        /// Appends `$n` and binds `value`.
        package mutating func appendInterpolation(_ value: some PGEncodable) {
            binds.append(value.pgText)
            sql += "$\(binds.count)"
        }

        /// Appends `$n` and binds `value`, or NULL when it is `nil`.
        package mutating func appendInterpolation<Value: PGEncodable>(_ value: Value?) {
            binds.append(value.pgText)
            sql += "$\(binds.count)"
        }

        /// Appends a quoted identifier (a schema or table name chosen by our code), doubling embedded quotes.
        package mutating func appendInterpolation(identifier: String) {
            sql += "\"" + identifier.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
    }
}
