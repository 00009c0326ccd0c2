import Dashboard
import Foundation
import KISDashTestSupport
import PortfolioModel
import Testing

@testable import Reporting

/// `--source api`: the dashboard straight from KIS, nothing stored.
@Suite struct APISourceTests {
    /// Answers every inquiry from a sample dashboard, and records what was asked.
    actor SampleSource: AccountDataSource {
        let data: DashboardData
        private(set) var asked: [String] = []

        init(_ data: DashboardData) { self.data = data }

        func fetchBalance() async throws -> BalanceSnapshot {
            asked.append("balance")
            var sold = data.holdings[0]
            sold.quantity = 0  // sold out today: KIS keeps the row until D+2
            return BalanceSnapshot(summary: data.summary, holdings: data.holdings + [sold])
        }

        func fetchDailyOrders(on date: TradeDate) async throws -> [DailyOrder] {
            asked.append("orders \(date)")
            let open = DailyOrder(
                orderDate: date, orderNumber: "0000009999", code: data.holdings[1].code, name: data.holdings[1].name,
                side: .buy, orderQuantity: 10, orderPrice: KRW(1_000), orderTime: KSTTime(secondOfDay: 36_000),
                filledQuantity: 0, averageFillPrice: .zero, filledAmount: .zero, remainingQuantity: 10)
            return data.executions.map(\.order) + [open]
        }

        func fetchCancellableOrders() async throws -> [UnfilledOrder] {
            asked.append("cancellable")
            return []
        }

        func fetchDailyBars(code: StockCode, from: TradeDate, through: TradeDate) async throws -> [DailyBar] {
            asked.append("daily \(code) \(from)…\(through)")
            return data.dailyBars[code] ?? []
        }

        func fetchMinuteBars(code: StockCode, since: Date?, through: KSTTime) async throws -> [MinuteBar] {
            asked.append("minutes \(code) \(through)")
            return data.minuteBars[code] ?? []
        }

        func fetchQuote(code: StockCode) async throws -> Quote {
            asked.append("quote \(code)")
            throw CancellationError()  // the dashboard never asks for quotes
        }

        func apiCallCount() async -> Int { asked.count }
    }

    @Test func aPaperAccountIsReadWholeWithFeesAndOpenOrders() async throws {
        let sample = SampleDashboard().make()
        let source = SampleSource(sample)
        let data = try await DashboardDataLoader(account: sample.account, mode: .paper).fromAPI(
            source, now: sample.now, market: sample.market)
        #expect(data.holdings == sample.holdings, "the sold-out row is left out")
        #expect(data.executions.count == sample.executions.count)
        #expect(data.executions == sample.executions.map { FeeSchedule().execution(for: $0.order) })
        #expect(data.executions.reduce(0) { $0 + $1.commission.won } > 0)
        #expect(data.executions.filter { $0.order.side == .sell }.allSatisfy { $0.tax.won > 0 })
        #expect(data.unfilled.map(\.orderNumber) == ["0000009999"], "paper: the open part of today's orders")
        #expect(data.dataAsOf == sample.now)
        if case .none(let reason) = data.diagnosis { #expect(reason.contains("API 모드")) } else { Issue.record() }
        let asked = await source.asked
        #expect(!asked.contains("cancellable"), "KIS has no paper TR for cancellable orders")
        #expect(asked.filter { $0.hasPrefix("daily") }.count == sample.holdings.count)
        #expect(asked.contains("orders 2025-12-04"))
    }

    @Test func aFailedInquiryIsADataErrorNamingKIS() async throws {
        struct Down: AccountDataSource {
            func fetchBalance() async throws -> BalanceSnapshot { throw CancellationError() }
            func fetchDailyOrders(on date: TradeDate) async throws -> [DailyOrder] { [] }
            func fetchCancellableOrders() async throws -> [UnfilledOrder] { [] }
            func fetchDailyBars(code: StockCode, from: TradeDate, through: TradeDate) async throws -> [DailyBar] { [] }
            func fetchMinuteBars(code: StockCode, since: Date?, through: KSTTime) async throws -> [MinuteBar] { [] }
            func fetchQuote(code: StockCode) async throws -> Quote { throw CancellationError() }
            func apiCallCount() async -> Int { 0 }
        }
        await #expect {
            _ = try await DashboardDataLoader(account: SampleDashboard.account, mode: .real).fromAPI(
                Down(), now: SampleDashboard.moment, market: .closed(reason: "장 마감"))
        } throws: { error in
            (error as? ReportError)?.code == .data && "\(error)".contains("from KIS")
        }
    }
}
