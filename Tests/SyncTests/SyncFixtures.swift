import Foundation
import PortfolioModel

/// A small, coherent account for engine tests: two holdings, one filled buy, one open sell.
enum SyncFixtures {
    static let account = AccountNumber("12345678-01")!
    static let samsung = StockCode("005930")!
    static let hynix = StockCode("000660")!
    static let today = TradeDate("2025-12-04")!
    static let now = today.at(KSTTime("103000")!)

    static func holding(_ code: StockCode, _ name: String, qty: Int64, avg: Int64, price: Int64) -> Holding {
        Holding(
            code: code, name: name, quantity: qty, orderableQuantity: qty, averagePrice: AveragePrice(won: KRW(avg)),
            purchaseAmount: KRW(avg * qty), currentPrice: KRW(price), evaluationAmount: KRW(price * qty),
            profitLoss: KRW((price - avg) * qty), profitLossRate: Percent.ratio(price - avg, avg) ?? .zero,
            dayChangeRate: Percent(hundredths: 113), dayChange: KRW(700))
    }

    static func balance(samsungQty: Int64 = 10, hynixQty: Int64 = 3, samsungPrice: Int64 = 62_400) -> BalanceSnapshot {
        let rows = [
            holding(samsung, "삼성전자", qty: samsungQty, avg: 60_000, price: samsungPrice),
            holding(hynix, "SK하이닉스", qty: hynixQty, avg: 290_000, price: 283_500),
        ]
        let eval = rows.reduce(KRW.zero) { $0 + $1.evaluationAmount }
        let cost = rows.reduce(KRW.zero) { $0 + $1.purchaseAmount }
        let summary = AccountSummary(
            deposit: KRW(5_000_000), availableCash: KRW(4_376_000), todayBuyAmount: KRW(624_000), todayFees: KRW(93),
            stockEvaluation: eval, totalEvaluation: eval + KRW(4_376_000), totalPurchase: cost,
            totalProfitLoss: eval - cost)
        return BalanceSnapshot(summary: summary, holdings: rows)
    }

    static let orders: [DailyOrder] = [
        DailyOrder(
            orderDate: today, orderNumber: "0000117001", branch: "00950", code: samsung, name: "삼성전자", side: .buy,
            orderQuantity: 10, orderPrice: KRW(62_400), orderTime: KSTTime("091502")!, filledQuantity: 10,
            averageFillPrice: KRW(62_400), filledAmount: KRW(624_000), remainingQuantity: 0),
        DailyOrder(
            orderDate: today, orderNumber: "0000117342", branch: "00950", code: hynix, name: "SK하이닉스", side: .sell,
            orderQuantity: 3, orderPrice: KRW(300_000), orderTime: KSTTime("094010")!, filledQuantity: 0,
            averageFillPrice: .zero, filledAmount: .zero, remainingQuantity: 3),
    ]

    static func dailyBars(_ code: StockCode, base: Int64) -> [DailyBar] {
        (1...20).map { back in
            let d = today.adding(days: -back)
            let p = base + Int64(back) * 100
            return DailyBar(
                code: code, date: d, open: KRW(p), high: KRW(p + 500), low: KRW(p - 500), close: KRW(p), volume: 1_000)
        }.filter { !$0.date.isWeekend }
    }

    static func minuteBars(_ code: StockCode, base: Int64, through: String = "103000") -> [MinuteBar] {
        let open = today.at(KSTTime("090000")!)
        let end = today.at(KSTTime(through)!)
        var bars: [MinuteBar] = []
        var t = open
        var i: Int64 = 0
        while t <= end {
            bars.append(
                MinuteBar(
                    code: code, minute: t, open: KRW(base + i), high: KRW(base + i + 100),
                    low: KRW(base + i - 100), close: KRW(base + i), volume: 100 + i))
            t = t.addingTimeInterval(60)
            i += 1
        }
        return bars
    }

    static func script() -> FakeAccountSource.Script {
        FakeAccountSource.Script(
            balance: balance(), orders: orders,
            daily: [samsung: dailyBars(samsung, base: 61_000), hynix: dailyBars(hynix, base: 280_000)],
            minutes: [samsung: minuteBars(samsung, base: 62_000), hynix: minuteBars(hynix, base: 283_000)])
    }
}
