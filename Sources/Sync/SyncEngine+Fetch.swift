import Foundation
import PortfolioModel
import Storage

extension SyncEngine {
    /// Fetches everything one sync stores, in the order a failure is cheapest to notice.
    func fetch(at fetchedAt: Date) async throws -> SyncBatch {
        let today = TradeDate(fetchedAt)
        progress("balance: inquire-balance (all pages)")
        let balance = try await step(.balance) { try await source.fetchBalance() }
        progress("orders: inquire-daily-ccld for \(today.iso)")
        let orders = try await step(.orders) { try await source.fetchDailyOrders(on: today) }
        let unfilled: [UnfilledOrder]
        if mode == .real {
            progress("unfilled: inquire-psbl-rvsecncl")
            unfilled = try await step(.unfilled) { try await source.fetchCancellableOrders() }
        } else {
            // KIS has no paper TR for cancellable orders: the open part of today's orders is the same list.
            unfilled = UnfilledOrder.openOrders(in: orders)
        }
        let codes = balance.heldPositions.map(\.code)
        let coverage = try await step(.storedState) { try await stores.state.dailyCoverage(for: codes) }
        let lastBars = try await step(.storedState) { try await stores.state.lastMinuteBars(for: codes, on: today) }
        let closed = try await step(.storedState) {
            try await stores.state.closedDays(from: today.adding(days: -planner.dailyHistoryDays), through: today)
        }
        let plan = planner.plan(
            codes: codes, now: fetchedAt, coverage: coverage, lastMinuteBars: lastBars, closedDays: closed)
        progress("daily prices: \(plan.daily.count) of \(codes.count) holdings need days")
        let daily = try await step(.dailyPrices) { try await fetchDaily(plan.daily, label: "daily prices") }
        var covered: [StockCode: TradeDate] = [:]
        for fetch in plan.daily {
            covered[fetch.code] = SyncPlanner.coverage(of: fetch, bars: daily, closedDays: closed)
        }
        progress("minute bars: \(plan.minute.count) holdings")
        let minutes = try await step(.minuteBars) { try await fetchMinutes(plan.minute, label: "minute bars") }
        return SyncBatch(
            account: account, mode: mode, fetchedAt: fetchedAt, tradeDate: today, balance: balance, orders: orders,
            executions: orders.filter { $0.filledQuantity > 0 }.map(fees.execution(for:)), unfilled: unfilled,
            dailyBars: daily, dailyCoverage: covered, minuteBars: minutes)
    }

    func step<T>(_ step: SyncError.Step, _ body: () async throws -> T) async throws -> T {
        do { return try await body() } catch let e as SyncError { throw e } catch {
            throw SyncError(step: step, underlying: error)
        }
    }

    private func fetchDaily(_ fetches: [SyncPlanner.DailyFetch], label: String) async throws -> [DailyBar] {
        try await forEachBounded(fetches, label: label) { [source] f in
            try await source.fetchDailyBars(code: f.code, from: f.from, through: f.through)
        }
    }

    private func fetchMinutes(_ fetches: [SyncPlanner.MinuteFetch], label: String) async throws -> [MinuteBar] {
        try await forEachBounded(fetches, label: label) { [source] f in
            try await source.fetchMinuteBars(code: f.code, since: f.since, through: f.through)
        }
    }

    /// Runs `body` for each item with at most `concurrency` in flight, and concatenates the results in input order.
    ///
    /// Counts the holdings done on the progress line (about five lines however many there are).
    func forEachBounded<Item: Sendable, Row: Sendable>(
        _ items: [Item], label: String, _ body: @escaping @Sendable (Item) async throws -> [Row]
    ) async throws -> [Row] {
        let step = max(1, items.count / 5)
        var done = 0
        var results = [[Row]](repeating: [], count: items.count)
        try await withThrowingTaskGroup(of: (Int, [Row]).self) { group in
            var next = 0
            while next < min(concurrency, items.count) {
                let i = next
                group.addTask { (i, try await body(items[i])) }
                next += 1
            }
            while let (i, rows) = try await group.next() {
                results[i] = rows
                done += 1
                if items.count > 4, done % step == 0 || done == items.count {
                    progress("\(label): \(done) of \(items.count) holdings fetched")
                }
                if next < items.count {
                    let j = next
                    group.addTask { (j, try await body(items[j])) }
                    next += 1
                }
            }
        }
        return results.flatMap { $0 }
    }
}
