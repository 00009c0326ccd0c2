package import Foundation
package import PortfolioModel
package import Storage

/// Keeps the market calendar cache fresh: KIS's chk-holiday is asked at most once a day (KST), as KIS requests.
///
/// Paper accounts have no chk-holiday TR at KIS, so `fetch` is `nil` there and the clock falls back to weekends
/// plus the override file.
package struct MarketCalendarSource: Sendable {
    /// Asks KIS for the calendar from a day on (nil when the mode has no calendar inquiry).
    package var fetch: (@Sendable (TradeDate) async throws -> [MarketDay])?
    package var store: MarketCalendarStore
    package var progress: @Sendable (String) -> Void

    /// Creates a source.
    package init(
        fetch: (@Sendable (TradeDate) async throws -> [MarketDay])?, store: MarketCalendarStore,
        progress: @escaping @Sendable (String) -> Void = { _ in }
    ) {
        self.fetch = fetch
        self.store = store
        self.progress = progress
    }

    /// The cached calendar around `now`, refreshed from KIS first if it was not asked today.
    ///
    /// A failed refresh is recorded (so it is not retried until tomorrow) and the cache is used as it is.
    /// - Throws: ``StorageError`` only when the database fails.
    package func days(around now: Date) async throws -> [MarketDay] {
        let today = TradeDate(now)
        if let fetch, !(try await store.wasFetched(on: today)) {
            do {
                let days = try await fetch(today)
                try await store.save(days, fetchedAt: now)
                progress("calendar: chk-holiday cached \(days.count) days from \(today.iso)")
            } catch let error as StorageError {
                throw error
            } catch {
                let line = String(describing: error).split(separator: "\n").first.map(String.init) ?? "failed"
                try await store.save([], fetchedAt: now, failure: line)
                progress("calendar: chk-holiday failed (\(line)); using the cache, weekends and the override file")
            }
        }
        return try await store.days(from: today.adding(days: -7), through: today.adding(days: 40))
    }
}
