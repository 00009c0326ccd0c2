package import Foundation
package import LibPQ
package import PortfolioModel

/// The end-of-day writer: `kis_daily_summary`, `kis_deposit_log` and the `archive_entry` index.
///
/// Every write is an upsert on (account, domain, day), so archiving a day twice replaces, never duplicates.
package struct ArchiveStore: Sendable {
    private let database: Database

    /// Creates a store on a read-write database.
    package init(database: Database) {
        self.database = database
    }

    /// The facts of `day`, or `nil` when no snapshot was taken by its end.
    /// - Throws: ``StorageError``.
    package func facts(account: AccountNumber, mode: TradingMode, day: TradeDate) async throws -> DayFacts? {
        let start = day.at(KSTTime(secondOfDay: 0))
        let end = day.adding(days: 1).at(KSTTime(secondOfDay: 0))
        return try await withContext("reading the day's facts") {
            try await database.withTransaction(.readOnly) { conn in
                guard
                    let closing = try SnapshotRows.latest(
                        account: account, isPaper: mode.isPaper, before: end, on: conn)
                else { return nil }
                let opening = try SnapshotRows.latest(account: account, isPaper: mode.isPaper, before: start, on: conn)
                let executions = try OrderRows.executions(
                    account: account, isPaper: mode.isPaper, on: day, conn: conn)
                return DayFacts(closing: closing, opening: opening, executions: executions)
            }
        }
    }

    /// Stores the day's summary, its deposit-log row and its archive entry in one transaction.
    /// - Throws: ``StorageError``.
    package func write(_ s: DailySummary, pdfPath: String, at now: Date) async throws {
        try await withContext("writing the end-of-day summary") {
            try await database.withTransaction { conn in
                try conn.execute(
                    """
                    INSERT INTO kis_daily_summary (account_no, is_paper, summary_date, total_eval_amt,
                        total_profit_loss, day_profit_loss, realized_profit_loss, buy_amt, sell_amt, fees, taxes,
                        deposits, withdrawals, updated_at)
                    VALUES (\(s.account), \(s.mode.isPaper), \(s.day), \(s.totalEvaluation), \(s.totalProfitLoss),
                        \(s.dayProfitLoss), \(s.realizedProfitLoss), \(s.buyAmount), \(s.sellAmount), \(s.fees),
                        \(s.taxes), \(s.deposits), \(s.withdrawals), \(now))
                    ON CONFLICT (account_no, is_paper, summary_date) DO UPDATE SET
                        total_eval_amt = EXCLUDED.total_eval_amt, total_profit_loss = EXCLUDED.total_profit_loss,
                        day_profit_loss = EXCLUDED.day_profit_loss, realized_profit_loss = EXCLUDED.realized_profit_loss,
                        buy_amt = EXCLUDED.buy_amt, sell_amt = EXCLUDED.sell_amt, fees = EXCLUDED.fees,
                        taxes = EXCLUDED.taxes, deposits = EXCLUDED.deposits, withdrawals = EXCLUDED.withdrawals,
                        updated_at = EXCLUDED.updated_at
                    """)
                try conn.execute(
                    """
                    INSERT INTO kis_deposit_log (account_no, is_paper, log_date, deposit, available, deposited,
                        withdrawn, updated_at)
                    VALUES (\(s.account), \(s.mode.isPaper), \(s.day), \(s.deposit), \(s.availableCash),
                        \(s.deposits), \(s.withdrawals), \(now))
                    ON CONFLICT (account_no, is_paper, log_date) DO UPDATE SET deposit = EXCLUDED.deposit,
                        available = EXCLUDED.available, deposited = EXCLUDED.deposited, withdrawn = EXCLUDED.withdrawn,
                        updated_at = EXCLUDED.updated_at
                    """)
                try conn.execute(
                    """
                    INSERT INTO archive_entry (account_no, is_paper, day, pdf_path, archived_at)
                    VALUES (\(s.account), \(s.mode.isPaper), \(s.day), \(pdfPath), \(now))
                    ON CONFLICT (account_no, is_paper, day) DO UPDATE SET pdf_path = EXCLUDED.pdf_path,
                        archived_at = EXCLUDED.archived_at
                    """)
            }
        }
    }

    /// Every archived day of the account with its figures, newest first.
    /// - Throws: ``StorageError``.
    package func index(account: AccountNumber, mode: TradingMode) async throws -> [ArchiveIndexRow] {
        try await withContext("reading the archive index") {
            try await database.withConnection { conn in
                try conn.query(
                    """
                    SELECT a.day, a.pdf_path, s.total_eval_amt, s.day_profit_loss, s.realized_profit_loss
                    FROM archive_entry a LEFT JOIN kis_daily_summary s ON s.account_no = a.account_no
                        AND s.is_paper = a.is_paper AND s.summary_date = a.day
                    WHERE a.account_no = \(account) AND a.is_paper = \(mode.isPaper) ORDER BY a.day DESC
                    """, as: (TradeDate, String, KRW?, KRW?, KRW?).self)
            }.map {
                ArchiveIndexRow(
                    day: $0.0, pdfPath: $0.1, totalEvaluation: $0.2, dayProfitLoss: $0.3, realizedProfitLoss: $0.4)
            }
        }
    }
}
