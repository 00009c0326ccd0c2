package import Foundation

/// What the sync and `kisdash render --source api` need from KIS: the inquiries they make, and how many calls they
/// took.
///
/// Declared here rather than in `Sync` because two modules consume it, and `Reporting` must not import `Sync`.
/// `KISClient` is the live implementation (`Sync/KISClient+AccountDataSource.swift`); tests use fakes.
package protocol AccountDataSource: Sendable {
    /// The whole balance inquiry (all pages): account totals and every position row.
    func fetchBalance() async throws -> BalanceSnapshot
    /// Every order of `date` with its aggregated fills (inquire-daily-ccld, all pages).
    func fetchDailyOrders(on date: TradeDate) async throws -> [DailyOrder]
    /// Orders that can still be cancelled (inquire-psbl-rvsecncl). Real accounts only: KIS has no paper TR.
    func fetchCancellableOrders() async throws -> [UnfilledOrder]
    /// Daily OHLCV of `code` from `from` through `through`, in any order.
    func fetchDailyBars(code: StockCode, from: TradeDate, through: TradeDate) async throws -> [DailyBar]
    /// Today's one-minute bars of `code` at or before `through`, back to `since` (inclusive) or 09:00.
    func fetchMinuteBars(code: StockCode, since: Date?, through: KSTTime) async throws -> [MinuteBar]
    /// The current quote of `code` (inquire-price): today's open, high, low, last price and volume so far.
    func fetchQuote(code: StockCode) async throws -> Quote
    /// API calls made so far by this source.
    func apiCallCount() async -> Int
}
