package import Foundation
package import PortfolioModel
package import Storage

/// Where the service reads the account data from; ``DashboardStore`` is the live one.
package protocol DiagnosisInputSource: Sendable {
    /// The latest snapshot with its day's executions and bars, or `nil` if nothing was synced yet.
    /// - Throws: The store's error.
    func factSheetInput(account: AccountNumber, mode: TradingMode, now: Date) async throws -> FactSheetInput?
}

extension DashboardStore: DiagnosisInputSource {
    /// Calendar days of daily bars read for the two-week window (enough for 10 trading days around holidays).
    static let dailyBarCalendarDays = PriceHistory.readCalendarDays

    package func factSheetInput(account: AccountNumber, mode: TradingMode, now: Date) async throws -> FactSheetInput? {
        guard let snapshot = try await latestSnapshot(account: account, mode: mode) else { return nil }
        let day = TradeDate(snapshot.confirmedAt)
        let codes = snapshot.holdings.filter { $0.quantity > 0 }.map(\.code)
        return FactSheetInput(
            snapshot: snapshot, executions: try await executions(account: account, mode: mode, on: day),
            dailyBars: try await dailyBars(
                for: codes, from: day.adding(days: -Self.dailyBarCalendarDays), through: day),
            minuteBars: try await minuteBars(for: codes, on: day), now: now)
    }
}
