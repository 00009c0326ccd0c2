package import Foundation
import LibPQ
package import PortfolioModel

/// The newest finished sync of an account, when it failed, with the last successful one.
package struct LatestSyncFailure: Sendable, Hashable {
    /// When the failed sync ended.
    package var failedAt: Date
    /// Its one-line, redacted `sync_run.message`.
    package var message: String?
    /// When the last successful sync ended, or `nil` if none did.
    package var lastSuccessAt: Date?
}

extension DashboardStore {
    /// The account's newest finished sync (`success` or `failure`; running, interrupted and abandoned ones are
    /// not verdicts on KIS or the data), if it failed.
    ///
    /// "Newest" is by id, the order the rows were begun: `started_at` comes from the injected clock, and with
    /// `--now` (a replayed moment) two processes' clocks may disagree by a few milliseconds.
    /// - Returns: The failure and the last success, or `nil` when the newest finished sync succeeded or none ran.
    /// - Throws: ``StorageError``.
    package func latestSyncFailure(account: AccountNumber, mode: TradingMode) async throws -> LatestSyncFailure? {
        try await withContext("reading the latest sync_run") {
            try await database.withTransaction(.readOnly) { conn in
                try Self.latestSyncFailure(account: account, mode: mode, on: conn)
            }
        }
    }

    /// One statement: the newest finished run if it failed, with the newest success's end.
    static func latestSyncFailure(account: AccountNumber, mode: TradingMode, on conn: PGConnection) throws
        -> LatestSyncFailure?
    {
        try conn.query(
            """
            SELECT newest.ended_at, newest.message,
                   (SELECT ended_at FROM sync_run
                    WHERE account_no = \(account) AND mode = \(mode) AND outcome = 'success' ORDER BY id DESC LIMIT 1)
            FROM (SELECT outcome, ended_at, message FROM sync_run
                  WHERE account_no = \(account) AND mode = \(mode) AND outcome IN ('success', 'failure')
                  ORDER BY id DESC LIMIT 1) AS newest
            WHERE newest.outcome = 'failure'
            """, as: (Date, String?, Date?).self
        ).first.map { LatestSyncFailure(failedAt: $0.0, message: $0.1, lastSuccessAt: $0.2) }
    }
}
