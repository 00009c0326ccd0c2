import Diagnosis
import Foundation
import PortfolioModel
import Testing

/// Crafted portfolios for the fact-sheet and diagnosis tests.
enum Portfolios {
    /// Thursday 2025-12-04, 10:30 KST: the simulator's default moment.
    static func day() throws -> TradeDate { try #require(TradeDate(year: 2025, month: 12, day: 4)) }

    static func moment(_ day: TradeDate? = nil, hour: Int = 10, minute: Int = 30) throws -> Date {
        try (day ?? Self.day()).at(try #require(KSTTime(hour: hour, minute: minute)))
    }

    static func account() throws -> AccountNumber { try #require(AccountNumber("50123456-01")) }

    /// A holding whose P&L, rates and amounts are consistent with its quantity and prices.
    static func holding(
        _ code: String, _ name: String, quantity: Int64, average: Int64, price: Int64, dayChange: Int64 = 0,
        bought: Int64 = 0, sold: Int64 = 0
    ) throws -> Holding {
        let purchase = quantity * average
        let evaluation = quantity * price
        return Holding(
            code: try #require(StockCode(code)), name: name, quantity: quantity, orderableQuantity: quantity,
            averagePrice: AveragePrice(won: KRW(average)), purchaseAmount: KRW(purchase), currentPrice: KRW(price),
            evaluationAmount: KRW(evaluation), profitLoss: KRW(evaluation - purchase),
            profitLossRate: Percent.ratio(evaluation - purchase, purchase) ?? .zero,
            dayChangeRate: Percent.ratio(dayChange, price - dayChange) ?? .zero, dayChange: KRW(dayChange),
            todayBoughtQuantity: bought, todaySoldQuantity: sold)
    }

    /// A snapshot of `holdings` plus `cash`, confirmed at `at`.
    static func snapshot(_ holdings: [Holding], cash: Int64, at: Date) -> StoredSnapshot {
        let stocks = holdings.reduce(0) { $0 + $1.evaluationAmount.won }
        let summary = AccountSummary(
            deposit: KRW(cash), availableCash: KRW(cash), stockEvaluation: KRW(stocks),
            totalEvaluation: KRW(stocks + cash), totalPurchase: KRW(holdings.reduce(0) { $0 + $1.purchaseAmount.won }),
            totalProfitLoss: KRW(holdings.reduce(0) { $0 + $1.profitLoss.won }))
        return StoredSnapshot(
            id: 1, summary: summary, holdings: holdings, unfilled: [], snapshotAt: at, confirmedAt: at)
    }

    /// Daily bars with `closes` on the weekdays before `day`, oldest first.
    static func bars(_ code: StockCode, closes: [Int64], before day: TradeDate) -> [DailyBar] {
        var dates: [TradeDate] = []
        var d = day.adding(days: -1)
        while dates.count < closes.count {
            if !d.isWeekend { dates.insert(d, at: 0) }
            d = d.adding(days: -1)
        }
        return zip(dates, closes).map { date, close in
            DailyBar(
                code: code, date: date, open: KRW(close), high: KRW(close), low: KRW(close), close: KRW(close),
                volume: 1_000)
        }
    }

    /// A fully filled order on `date` with the sync's costs (``FeeSchedule``).
    static func fill(
        _ h: Holding, side: Side, quantity: Int64, price: Int64, on date: TradeDate, at time: String = "093000",
        number: String = "0000001"
    ) throws -> Execution {
        let order = DailyOrder(
            orderDate: date, orderNumber: number, code: h.code, name: h.name, side: side, orderQuantity: quantity,
            orderPrice: KRW(price), orderTime: try #require(KSTTime(time)), filledQuantity: quantity,
            averageFillPrice: KRW(price), filledAmount: KRW(quantity * price), remainingQuantity: 0)
        return Execution(order: order, commission: KRW(quantity * price * 150 / 1_000_000), tax: .zero)
    }

    /// One stock is 70 % of the stocks; 10 % cash; a two-week fall with a drawdown on the big one.
    static func concentrated() throws -> FactSheetInput {
        let big = try holding("005930", "삼성전자", quantity: 70, average: 90_000, price: 100_000, dayChange: 1_000)
        let small = try holding("035720", "카카오", quantity: 50, average: 60_000, price: 60_000, dayChange: -600)
        let snap = snapshot([big, small], cash: 1_111_111, at: try moment())
        let day = try day()
        return FactSheetInput(
            snapshot: snap,
            dailyBars: [
                big.code: bars(
                    big.code, closes: [110_000, 115_000, 120_000, 104_000, 102_000, 101_000, 99_000, 100_000, 99_500],
                    before: day),
                small.code: bars(
                    small.code, closes: [59_000, 59_500, 60_000, 60_200, 60_100, 59_900, 60_000, 60_300, 60_600],
                    before: day),
            ], now: try moment())
    }

    /// Three holdings, all below their average price; one past the −5 % threshold.
    static func allLosses() throws -> FactSheetInput {
        let a = try holding("068270", "셀트리온", quantity: 10, average: 200_000, price: 180_000, dayChange: -2_000)
        let b = try holding("005380", "현대차", quantity: 10, average: 250_000, price: 245_000)
        let c = try holding("000270", "기아", quantity: 20, average: 110_000, price: 108_000)
        return FactSheetInput(snapshot: snapshot([a, b, c], cash: 5_000_000, at: try moment()), now: try moment())
    }

    /// No holdings, only cash.
    static func allCash() throws -> FactSheetInput {
        FactSheetInput(snapshot: snapshot([], cash: 10_000_000, at: try moment()), now: try moment())
    }

    /// A single holding and little cash.
    static func oneHolding() throws -> FactSheetInput {
        let h = try holding("000660", "SK하이닉스", quantity: 10, average: 500_000, price: 541_000, dayChange: 1_000)
        return FactSheetInput(snapshot: snapshot([h], cash: 100_000, at: try moment()), now: try moment())
    }
}
