package import Foundation
import LibPQ
package import PortfolioModel

extension FeedStore {
    /// Saves the feed's status for `kisdash status`.
    /// - Throws: ``StorageError``.
    package func saveStatus(_ status: FeedStatus, account: AccountNumber, mode: TradingMode, at: Date) async throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        encoder.dateEncodingStrategy = .iso8601
        let json = String(decoding: try encoder.encode(status), as: UTF8.self)
        try await withContext("saving feed_status") {
            try await database.withConnection { conn in
                try conn.execute(
                    """
                    INSERT INTO feed_status (account_no, is_paper, status, updated_at)
                    VALUES (\(account.masked), \(mode.isPaper), \(json)::jsonb, \(at))
                    ON CONFLICT (account_no, is_paper) DO UPDATE SET status = EXCLUDED.status, updated_at = EXCLUDED.updated_at
                    """)
            }
        }
    }

    /// The feed's last saved status and when it was saved, or nil when no feed has run.
    /// - Throws: ``StorageError``.
    package func status(account: AccountNumber, mode: TradingMode) async throws -> (status: FeedStatus, savedAt: Date)?
    {
        try await withContext("reading feed_status") {
            let rows = try await database.withConnection { conn in
                try conn.query(
                    "SELECT status::text, updated_at FROM feed_status WHERE account_no = \(account.masked) AND is_paper = \(mode.isPaper)",
                    as: (String, Date).self)
            }
            guard let row = rows.first else { return nil }
            let decoder = JSONDecoder()
            decoder.dateDecodingStrategy = .iso8601
            guard let status = try? decoder.decode(FeedStatus.self, from: Data(row.0.utf8)) else {
                throw StorageError(code: .corruptRow, message: "feed_status holds an unreadable status")
            }
            return (status, row.1)
        }
    }

    /// Today's notices, oldest first (for tests and `kisdash feed --print`).
    /// - Throws: ``StorageError``.
    package func noticeCount(
        account: AccountNumber, mode: TradingMode, day: TradeDate, kind: ExecutionNotice.Kind? = nil
    )
        async throws -> Int
    {
        try await withContext("counting feed_notice") {
            let kinds = kind.map { [$0.rawValue] } ?? ExecutionNotice.Kind.allCases.map(\.rawValue)
            let rows = try await database.withConnection { conn in
                try conn.query(
                    """
                    SELECT count(*)::bigint FROM feed_notice WHERE account_no = \(account.masked)
                        AND is_paper = \(mode.isPaper) AND notice_date = \(day) AND kind = ANY(\(kinds)::text[])
                    """, as: Int64.self)
            }
            return Int(rows.first ?? 0)
        }
    }
}
