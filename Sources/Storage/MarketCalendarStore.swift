package import Foundation
package import LibPQ
package import PortfolioModel

/// The cached KIS market calendar (chk-holiday), so KIS is asked at most once a day, as it requests.
package struct MarketCalendarStore: Sendable {
    private let database: Database

    /// Creates a store on a read-write database.
    package init(database: Database) {
        self.database = database
    }

    /// Whether chk-holiday was already asked on `day` (KST), successfully or not.
    /// - Throws: ``StorageError``.
    package func wasFetched(on day: TradeDate) async throws -> Bool {
        try await withContext("reading market_calendar_fetch") {
            try await database.withConnection { conn in
                try conn.query("SELECT count(*) FROM market_calendar_fetch WHERE fetched_on = \(day)", as: Int.self)
            }.first ?? 0 > 0
        }
    }

    /// Stores KIS's answer (replacing cached days) and records the fetch, in one transaction.
    /// - Parameters:
    ///   - days: The days KIS answered for (empty after a failure).
    ///   - fetchedAt: When KIS was asked.
    ///   - failure: A one-line failure, or `nil` on success.
    /// - Throws: ``StorageError``.
    package func save(_ days: [MarketDay], fetchedAt: Date, failure: String? = nil) async throws {
        let today = TradeDate(fetchedAt)
        try await withContext("writing market_calendar") {
            try await database.withTransaction { conn in
                for day in days {
                    try conn.execute(
                        """
                        INSERT INTO market_calendar (day, is_open, is_business_day, is_trading_day, is_settlement,
                            fetched_on, fetched_at)
                        VALUES (\(day.date), \(day.isOpen), \(day.isBusinessDay), \(day.isTradingDay),
                            \(day.isSettlementDay), \(today), \(fetchedAt))
                        ON CONFLICT (day) DO UPDATE SET is_open = EXCLUDED.is_open,
                            is_business_day = EXCLUDED.is_business_day, is_trading_day = EXCLUDED.is_trading_day,
                            is_settlement = EXCLUDED.is_settlement, fetched_on = EXCLUDED.fetched_on,
                            fetched_at = EXCLUDED.fetched_at
                        """)
                }
                try conn.execute(
                    """
                    INSERT INTO market_calendar_fetch (fetched_on, fetched_at, outcome, message)
                    VALUES (\(today), \(fetchedAt), \(failure == nil ? "success" : "failure"), \(failure))
                    ON CONFLICT (fetched_on) DO UPDATE SET fetched_at = EXCLUDED.fetched_at,
                        outcome = EXCLUDED.outcome, message = EXCLUDED.message
                    """)
            }
        }
    }

    /// The cached days from `from` through `through`.
    /// - Throws: ``StorageError``.
    package func days(from: TradeDate, through: TradeDate) async throws -> [MarketDay] {
        try await withContext("reading market_calendar") {
            try await database.withConnection { conn in
                try conn.query(
                    """
                    SELECT day, is_business_day, is_trading_day, is_open, is_settlement FROM market_calendar
                    WHERE day BETWEEN \(from) AND \(through) ORDER BY day
                    """, as: (TradeDate, Bool, Bool, Bool, Bool).self)
            }.map {
                MarketDay(date: $0.0, isBusinessDay: $0.1, isTradingDay: $0.2, isOpen: $0.3, isSettlementDay: $0.4)
            }
        }
    }
}
