import Foundation
import PortfolioModel
import Synchronization

@testable import Sync

/// A scripted KIS for engine tests: fixed replies, an optional failure at one step, and a call count.
final class FakeAccountSource: AccountDataSource {
    struct Script: Sendable {
        var balance: BalanceSnapshot
        var orders: [DailyOrder] = []
        var cancellable: [UnfilledOrder] = []
        var daily: [StockCode: [DailyBar]] = [:]
        var minutes: [StockCode: [MinuteBar]] = [:]
        var failMinuteBarsOf: StockCode?
        var quotes: [StockCode: Quote] = [:]
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String { "simulated KIS failure" }
    }

    private let state: Mutex<(script: Script, calls: Int, log: [String])>

    init(_ script: Script) { state = Mutex((script, 0, [])) }

    func update(_ change: (inout Script) -> Void) { state.withLock { change(&$0.script) } }
    var log: [String] { state.withLock { $0.log } }

    private func record(_ what: String) -> Script {
        state.withLock {
            $0.calls += 1
            $0.log.append(what)
            return $0.script
        }
    }

    func fetchBalance() async throws -> BalanceSnapshot { record("balance").balance }
    func fetchDailyOrders(on date: TradeDate) async throws -> [DailyOrder] { record("orders").orders }
    func fetchCancellableOrders() async throws -> [UnfilledOrder] { record("cancellable").cancellable }

    func fetchDailyBars(code: StockCode, from: TradeDate, through: TradeDate) async throws -> [DailyBar] {
        let s = record("daily \(code) \(from.iso)...\(through.iso)")
        return (s.daily[code] ?? []).filter { $0.date >= from && $0.date <= through }
    }

    func fetchMinuteBars(code: StockCode, since: Date?, through: KSTTime) async throws -> [MinuteBar] {
        let s = record("minute \(code)")
        if s.failMinuteBarsOf == code { throw Failure() }
        return (s.minutes[code] ?? []).filter { bar in
            (since.map { bar.minute >= $0 } ?? true) && KST.timeOfDay(bar.minute) <= through
        }
    }

    func fetchQuote(code: StockCode) async throws -> Quote {
        let s = record("quote \(code)")
        guard let quote = s.quotes[code] else { throw Failure() }
        return quote
    }

    func apiCallCount() async -> Int { state.withLock { $0.calls } }
}
