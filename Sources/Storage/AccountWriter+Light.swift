package import Foundation
import LibPQ
package import PortfolioModel

extension AccountWriter {
    /// Writes a light sync's market data in one transaction: today's in-progress daily bars and new minute bars.
    ///
    /// Daily-price coverage is not moved: today's bar is only final after the close, when the full sync fetches
    /// it again and overwrites this one.
    /// - Returns: Rows inserted or updated per table.
    /// - Throws: ``StorageError`` naming the table; nothing is written then.
    package func writePrices(dailyBars: [DailyBar], minuteBars: [MinuteBar], fetchedAt: Date) async throws
        -> [String: Int]
    {
        try await withContext("writing a light sync") {
            try await database.withTransaction { conn in
                [
                    "daily_price": try Self.writeDailyBars(dailyBars, fetchedAt: fetchedAt, on: conn),
                    "min_price": try Self.writeMinuteBars(minuteBars, on: conn),
                ]
            }
        }
    }
}
