package import Foundation
package import KISAPI
package import PortfolioModel

/// The live KIS client is the sync's (and `render --source api`'s) data source.
extension KISClient: AccountDataSource {
    package func fetchDailyBars(code: StockCode, from: TradeDate, through: TradeDate) async throws -> [DailyBar] {
        try await fetchDailyBars(code, from: from, to: through)
    }

    package func fetchMinuteBars(code: StockCode, since: Date?, through: KSTTime) async throws -> [MinuteBar] {
        let start = since.map(KST.timeOfDay) ?? TradingSessions.krxOpen
        return try await fetchMinuteBars(code, from: start, through: through).bars
    }

    package func fetchQuote(code: StockCode) async throws -> Quote {
        try await fetchQuote(code)
    }
}
