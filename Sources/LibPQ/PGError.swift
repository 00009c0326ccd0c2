import Foundation

/// The one error type of the `LibPQ` module: a failed connection, statement or decode.
///
/// Shaped like NIO's `FileSystemError`. Redacted by default: ``description`` never contains bind values, and
/// messages that could echo a bound value (or the password of a connection URL) are scrubbed when the error is
/// made. ``debugDescription`` adds the SQL text, still without binds.
package struct PGError: Error, Sendable, CustomStringConvertible, CustomDebugStringConvertible {
    /// What went wrong, from the SQLSTATE or from libpq's connection status.
    package var code: Code
    /// A one-line message, scrubbed of bind values and passwords.
    package var message: String
    /// The SQLSTATE reported by the server, if any.
    package var sqlState: String?
    /// The violated constraint, if the server named one.
    package var constraint: String?
    /// The table the error is about, if the server named one.
    package var table: String?
    /// The SQL text of the failed statement (shown only by `debugDescription`).
    package var sql: String?
    /// The error that caused this one, if any.
    package var underlying: (any Error)?
    /// Where in our code the error was raised.
    package var location: SourceLocation

    /// A place in the source, captured with `#fileID` and `#line`.
    package struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
        package var fileID: String
        package var line: Int

        /// Creates a location.
        package init(fileID: String, line: Int) {
            self.fileID = fileID
            self.line = line
        }

        package var description: String { "\(fileID):\(line)" }
    }

    /// Creates an error.
    package init(
        code: Code, message: String, sqlState: String? = nil, constraint: String? = nil, table: String? = nil,
        sql: String? = nil, underlying: (any Error)? = nil, fileID: String = #fileID, line: Int = #line
    ) {
        self.code = code
        self.message = message
        self.sqlState = sqlState
        self.constraint = constraint
        self.table = table
        self.sql = sql
        self.underlying = underlying
        self.location = SourceLocation(fileID: fileID, line: line)
    }

    package var description: String {
        var text = "PGError.\(code)"
        if let sqlState { text += " [\(sqlState)]" }
        text += ": \(message)"
        if let table { text += " (table \(table)" + (constraint.map { ", constraint \($0)" } ?? "") + ")" }
        if let underlying { text += "; underlying: \(underlying)" }
        return text
    }

    package var debugDescription: String {
        description + " at \(location)" + (sql.map { "\nSQL: \($0)" } ?? "")
    }
}

extension PGError {
    /// Removes every occurrence of the given secrets (bind values, a password) from `text`.
    ///
    /// Values shorter than two characters are left alone: scrubbing every "1" would make messages unreadable,
    /// and one character reveals nothing. Data-exception messages (SQLSTATE class 22) are also cut at their
    /// first `": "`, because PostgreSQL quotes the offending input after it.
    static func scrub(_ text: String, secrets: [String], sqlState: String? = nil) -> String {
        var out = text.trimmingCharacters(in: .newlines).replacingOccurrences(of: "\n", with: " ")
        if let sqlState, sqlState.hasPrefix("22"), let colon = out.range(of: ": ") {
            out = String(out[..<colon.lowerBound]) + ": ‹value redacted›"
        }
        for secret in secrets.sorted(by: { $0.count > $1.count }) where secret.count >= 2 {
            out = out.replacingOccurrences(of: secret, with: "‹redacted›")
        }
        return out
    }
}
