package import LibPQ

/// The one error type of the `Storage` module: a database failure with context, or a bad migration or row.
///
/// Redacted like ``PGError``: neither `description` nor `debugDescription` contains bind values, account
/// numbers or connection URLs. `message` names the operation ("writing min_price") and the scrubbed cause.
package struct StorageError: Error, Sendable, CustomStringConvertible, CustomDebugStringConvertible {
    /// What went wrong.
    package enum Code: Hashable, Sendable {
        /// The database refused or failed; the ``PGError/Code`` says how (e.g. `.checkViolation`).
        case database(PGError.Code)
        /// A migration file is missing, misnamed or duplicated in the bundle.
        case invalidMigration
        /// An applied migration's SQL changed since it was applied (its checksum differs).
        case migrationChecksumMismatch
        /// The database has a migration this build does not know (it was migrated by a newer build).
        case unknownMigration
        /// A stored row could not be turned back into a model value.
        case corruptRow
        /// A row to update was not there (e.g. finishing an unknown sync run).
        case notFound
    }

    package var code: Code
    /// A one-line message with the operation and cause.
    package var message: String
    /// The error that caused this one, usually a ``PGError``.
    package var underlying: (any Error)?
    /// Where in our code the error was raised.
    package var location: PGError.SourceLocation

    /// Creates an error.
    package init(
        code: Code, message: String, underlying: (any Error)? = nil, fileID: String = #fileID, line: Int = #line
    ) {
        self.code = code
        self.message = message
        self.underlying = underlying
        self.location = PGError.SourceLocation(fileID: fileID, line: line)
    }

    package var description: String { "database: \(message)" }

    package var debugDescription: String {
        description + " at \(location)" + (underlying.map { "\ncaused by: " + String(reflecting: $0) } ?? "")
    }

    /// Wraps a ``PGError`` thrown while doing `operation`; other errors pass through unchanged.
    static func wrapping(_ error: any Error, _ operation: String, fileID: String = #fileID, line: Int = #line)
        -> any Error
    {
        guard let pg = error as? PGError else { return error }
        var detail = pg.message
        if let table = pg.table {
            detail += " (table \(table)" + (pg.constraint.map { ", constraint \($0)" } ?? "") + ")"
        }
        return StorageError(
            code: .database(pg.code), message: "\(operation): \(detail)", underlying: pg, fileID: fileID, line: line)
    }
}

/// Runs `body`, turning a ``PGError`` into a ``StorageError`` that names `operation`.
func withContext<T>(_ operation: String, fileID: String = #fileID, line: Int = #line, _ body: () async throws -> T)
    async throws -> T
{
    do {
        return try await body()
    } catch {
        throw StorageError.wrapping(error, operation, fileID: fileID, line: line)
    }
}
