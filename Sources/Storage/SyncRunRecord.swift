package import Foundation
package import PortfolioModel

/// Whether a sync fetched everything (balance, orders, prices) or only the quick parts.
package enum SyncKind: String, Sendable, Codable, CaseIterable {
    case full
    case light
}

/// How a sync run ended, or that it is still running.
package enum SyncOutcome: String, Sendable, Codable, CaseIterable {
    case running
    case success
    case failure
    /// SIGINT or SIGTERM stopped the run that owned it; nothing was written but this row.
    case interrupted
    /// Left `running` by a process that is gone (SIGKILL, a crash, a reboot); marked so by a later run.
    case abandoned
}

/// One row of `sync_run`.
package struct SyncRunRecord: Sendable, Hashable {
    package var id: Int64
    package var startedAt: Date
    /// `nil` while ``outcome`` is `.running`.
    package var endedAt: Date?
    package var mode: TradingMode
    package var kind: SyncKind
    package var account: AccountNumber
    /// KIS requests made by the run.
    package var apiCalls: Int
    /// Rows inserted or updated per table.
    package var rows: [String: Int]
    package var outcome: SyncOutcome
    /// The error's type or code for a failure, for example `KISError.rateLimited`.
    package var errorClass: String?
    /// One line, already redacted by the caller.
    package var message: String?
    /// The process that wrote the row (`nil` for rows from before migration 0009).
    package var owner: RunOwner?

    /// Creates a record.
    package init(
        id: Int64, startedAt: Date, endedAt: Date?, mode: TradingMode, kind: SyncKind, account: AccountNumber,
        apiCalls: Int, rows: [String: Int], outcome: SyncOutcome, errorClass: String?, message: String?,
        owner: RunOwner? = nil
    ) {
        self.owner = owner
        self.id = id
        self.startedAt = startedAt
        self.endedAt = endedAt
        self.mode = mode
        self.kind = kind
        self.account = account
        self.apiCalls = apiCalls
        self.rows = rows
        self.outcome = outcome
        self.errorClass = errorClass
        self.message = message
    }
}
