extension PGError {
    /// What kind of failure an error is, mapped from the server's SQLSTATE or from libpq's connection status.
    ///
    /// Exhaustive on purpose (this is an app): callers `switch` over it, e.g. to retry `serializationFailure`.
    package enum Code: Hashable, Sendable, CustomStringConvertible {
        /// 23505: a UNIQUE or PRIMARY KEY constraint.
        case uniqueViolation
        /// 23503.
        case foreignKeyViolation
        /// 23514.
        case checkViolation
        /// 23502.
        case notNullViolation
        /// 40001: retry the transaction.
        case serializationFailure
        /// 40P01: retry the transaction.
        case deadlock
        /// The connection could not be opened (bad host, refused, authentication, unknown database).
        case connectionFailed
        /// The connection broke while in use (server restart, `pg_terminate_backend`, network).
        case connectionLost
        /// 57014: statement timeout or cancel request.
        case queryCanceled
        /// 53100.
        case diskFull
        /// 25006: a write in a read-only transaction.
        case readOnlyTransaction
        /// 42P01.
        case undefinedTable
        /// 42601.
        case syntaxError
        /// Any other class-22 data exception (bad input syntax, out of range …).
        case dataException
        /// 42501.
        case insufficientPrivilege
        /// The connection URL or a parameter could not be used (before anything reached the server).
        case invalidArgument
        /// A NULL arrived where the Swift type is not optional.
        case unexpectedNull
        /// A value could not be decoded into the requested Swift type, or the column count did not match.
        case decodingFailed
        /// Any other SQLSTATE.
        case other(sqlState: String)

        /// Maps a SQLSTATE to a code.
        package init(sqlState: String) {
            switch sqlState {
            case "23505": self = .uniqueViolation
            case "23503": self = .foreignKeyViolation
            case "23514": self = .checkViolation
            case "23502": self = .notNullViolation
            case "40001": self = .serializationFailure
            case "40P01": self = .deadlock
            case "57014": self = .queryCanceled
            case "53100": self = .diskFull
            case "25006": self = .readOnlyTransaction
            case "42P01": self = .undefinedTable
            case "42601": self = .syntaxError
            case "42501": self = .insufficientPrivilege
            // Class 08 (connection exception) and 57P01-57P03 (shutdown, crash, cannot connect now).
            case "08000", "08003", "08006", "57P01", "57P02": self = .connectionLost
            case "08001", "08004", "57P03", "3D000", "28000", "28P01": self = .connectionFailed
            default: self = sqlState.hasPrefix("22") ? .dataException : .other(sqlState: sqlState)
            }
        }

        /// `true` for failures that a fresh transaction may not hit again.
        package var isTransient: Bool {
            switch self {
            case .serializationFailure, .deadlock, .connectionLost: true
            default: false
            }
        }

        package var description: String {
            switch self {
            case .other(let state): "other(\(state))"
            case .uniqueViolation: "uniqueViolation"
            case .foreignKeyViolation: "foreignKeyViolation"
            case .checkViolation: "checkViolation"
            case .notNullViolation: "notNullViolation"
            case .serializationFailure: "serializationFailure"
            case .deadlock: "deadlock"
            case .connectionFailed: "connectionFailed"
            case .connectionLost: "connectionLost"
            case .queryCanceled: "queryCanceled"
            case .diskFull: "diskFull"
            case .readOnlyTransaction: "readOnlyTransaction"
            case .undefinedTable: "undefinedTable"
            case .syntaxError: "syntaxError"
            case .dataException: "dataException"
            case .insufficientPrivilege: "insufficientPrivilege"
            case .invalidArgument: "invalidArgument"
            case .unexpectedNull: "unexpectedNull"
            case .decodingFailed: "decodingFailed"
            }
        }
    }
}
