package import Foundation
package import LibPQ
package import PortfolioModel

/// What the sync needs to know before fetching: which minutes and days are already stored.
package struct SyncStateStore: Sendable {
    let database: Database

    /// Creates a store (reads only, but it runs on the sync's read-write database).
    package init(database: Database) {
        self.database = database
    }

    /// The start of the last stored minute bar of each stock on `date` (KST); stocks without bars are absent.
    /// - Throws: ``StorageError``.
    package func lastMinuteBars(for codes: [StockCode], on date: TradeDate) async throws -> [StockCode: Date] {
        guard !codes.isEmpty else { return [:] }
        let (from, until) = (date.at(KSTTime(secondOfDay: 0)), date.adding(days: 1).at(KSTTime(secondOfDay: 0)))
        return try await withContext("reading the last minute bars") {
            let rows = try await database.withConnection { conn in
                try conn.query(
                    """
                    SELECT stock_code, max(minute) FROM min_price
                    WHERE stock_code = ANY(\(codes)::text[]) AND minute >= \(from) AND minute < \(until)
                    GROUP BY stock_code
                    """, as: (StockCode, Date).self)
            }
            return Dictionary(rows.map { ($0.0, $0.1) }, uniquingKeysWith: max)
        }
    }

    /// The last day through which each stock's daily bars are complete; stocks never fetched are absent.
    /// - Throws: ``StorageError``.
    package func dailyCoverage(for codes: [StockCode]) async throws -> [StockCode: TradeDate] {
        guard !codes.isEmpty else { return [:] }
        return try await withContext("reading daily price coverage") {
            let rows = try await database.withConnection { conn in
                try conn.query(
                    "SELECT stock_code, covered_through FROM daily_price_coverage WHERE stock_code = ANY(\(codes)::text[])",
                    as: (StockCode, TradeDate).self)
            }
            return Dictionary(rows.map { ($0.0, $0.1) }, uniquingKeysWith: max)
        }
    }
}

extension SyncStateStore {
    /// The days from `from` through `through` that KIS's holiday calendar (chk-holiday, cached) marks closed.
    ///
    /// Empty where the calendar is unknown (paper accounts): then only weekends count as closed.
    /// - Throws: ``StorageError``.
    package func closedDays(from: TradeDate, through: TradeDate) async throws -> Set<TradeDate> {
        try await withContext("reading market_calendar") {
            Set(
                try await database.withConnection { conn in
                    try conn.query(
                        "SELECT day FROM market_calendar WHERE day BETWEEN \(from) AND \(through) AND NOT is_open",
                        as: TradeDate.self)
                })
        }
    }

    /// The stocks held in the account's latest snapshot (what a light sync refreshes), by code.
    /// - Throws: ``StorageError``.
    package func heldCodes(account: AccountNumber, mode: TradingMode) async throws -> [StockCode] {
        try await withContext("reading the held stocks") {
            try await database.withConnection { conn in
                try conn.query(
                    """
                    SELECT h.stock_code FROM kis_holding h
                    WHERE h.kis_account_id = (SELECT id FROM kis_account WHERE account_no = \(account)
                        AND is_paper = \(mode.isPaper) ORDER BY snapshot_at DESC LIMIT 1)
                    ORDER BY h.stock_code
                    """, as: StockCode.self)
            }
        }
    }
}
