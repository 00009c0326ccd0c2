import Foundation
import PortfolioModel
import Testing

@testable import Sync

@Suite struct SyncPlannerTests {
    let planner = SyncPlanner()
    let samsung = StockCode("005930")!
    let hynix = StockCode("000660")!

    private func at(_ date: String, _ time: String) -> Date {
        TradeDate(date)!.at(KSTTime(time)!)
    }

    @Test func firstSyncFetchesTwoWeeksThroughYesterdayDuringTheSession() {
        let plan = planner.plan(codes: [samsung], now: at("2025-12-04", "103000"), coverage: [:], lastMinuteBars: [:])
        #expect(plan.daily == [.init(code: samsung, from: TradeDate("2025-11-14")!, through: TradeDate("2025-12-03")!)])
        #expect(plan.minute == [.init(code: samsung, since: nil, through: KSTTime("103000")!)])
    }

    @Test func storedDaysAreNeverFetchedAgain() {
        let plan = planner.plan(
            codes: [samsung, hynix], now: at("2025-12-04", "104000"),
            coverage: [samsung: TradeDate("2025-12-03")!, hynix: TradeDate("2025-12-01")!], lastMinuteBars: [:])
        #expect(plan.daily == [.init(code: hynix, from: TradeDate("2025-12-02")!, through: TradeDate("2025-12-03")!)])
    }

    @Test func todaysDailyBarIsFetchedOnceAfterTheClose() {
        let after = planner.plan(
            codes: [samsung], now: at("2025-12-04", "154500"), coverage: [samsung: TradeDate("2025-12-03")!],
            lastMinuteBars: [:])
        #expect(after.daily.map(\.through) == [TradeDate("2025-12-04")!])
        let again = planner.plan(
            codes: [samsung], now: at("2025-12-04", "160000"), coverage: [samsung: TradeDate("2025-12-04")!],
            lastMinuteBars: [:])
        #expect(again.daily.isEmpty)
    }

    @Test func minuteBarsResumeFromTheLastStoredBar() {
        let last = at("2025-12-04", "102900")
        let plan = planner.plan(
            codes: [samsung], now: at("2025-12-04", "103912"), coverage: [:], lastMinuteBars: [samsung: last])
        #expect(plan.minute == [.init(code: samsung, since: last, through: KSTTime("103912")!)])
    }

    @Test(arguments: [("2025-12-04", "085900"), ("2025-12-06", "110000")])
    func noMinuteBarsBeforeTheOpenOrOnWeekends(date: String, time: String) {
        let plan = planner.plan(codes: [samsung], now: at(date, time), coverage: [:], lastMinuteBars: [:])
        #expect(plan.minute.isEmpty)
    }

    @Test func completeDayOfMinuteBarsIsNotFetchedAfterTheClose() {
        let plan = planner.plan(
            codes: [samsung, hynix], now: at("2025-12-04", "170000"), coverage: [:],
            lastMinuteBars: [samsung: at("2025-12-04", "152900"), hynix: at("2025-12-04", "141000")])
        #expect(plan.minute.map(\.code) == [hynix])
        #expect(plan.minute.first?.through == KSTTime("153000"))
    }
}

@Suite struct FeeScheduleTests {
    private func order(_ side: Side, amount: Int64, date: String) -> DailyOrder {
        DailyOrder(
            orderDate: TradeDate(date)!, orderNumber: "0000000001", code: StockCode("005930")!, name: "삼성전자",
            side: side, orderQuantity: 10, orderPrice: KRW(amount / 10), orderTime: KSTTime("100000")!,
            filledQuantity: 10, averageFillPrice: KRW(amount / 10), filledAmount: KRW(amount), remainingQuantity: 0)
    }

    @Test(arguments: [
        ("2024-06-03", Int64(18_000)), ("2025-07-15", 15_000), ("2025-12-31", 15_000), ("2026-01-02", 20_000),
    ])
    func sellTaxFollowsTheTradeYear(date: String, tax: Int64) {
        let e = FeeSchedule().execution(for: order(.sell, amount: 10_000_000, date: date))
        #expect(e.tax == KRW(tax))
        #expect(e.commission == KRW(1_500))
    }

    @Test func buysPayNoTaxAndCommissionTruncates() {
        let e = FeeSchedule().execution(for: order(.buy, amount: 624_000, date: "2025-07-15"))
        #expect(e.tax == .zero)
        #expect(e.commission == KRW(93))  // 93.6 won truncated
    }
}
