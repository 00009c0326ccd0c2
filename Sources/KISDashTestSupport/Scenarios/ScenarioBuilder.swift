import Dashboard
import Foundation
import PortfolioModel

/// Builds a scenario's holdings with coherent amounts and price history: the average price, today's price and
/// the day's change decide every other figure, and the bars run from around the average to today's price.
struct ScenarioBuilder {
    let day: TradeDate
    var holdings: [Holding] = []
    var dailyBars: [StockCode: [DailyBar]] = [:]
    var minuteBars: [StockCode: [MinuteBar]] = [:]

    /// Adds a position with its bars.
    ///
    /// `dayChange` is in hundredths of a percent; `dailyDays` bars (0 for none, fewer for a new listing), and
    /// `minutes` one-minute bars from 09:00.
    mutating func add(
        _ code: String, _ name: String, quantity: Int64, average: Int64, price: Int64, dayChange: Int64,
        dailyDays: Int = 10, minutes: Int = 90
    ) {
        let code = required(StockCode(code))
        let previous = max(price * 10_000 / (10_000 + dayChange), 1)
        holdings.append(
            .consistent(
                code: code, name: name, quantity: quantity, average: average, price: price,
                dayChangeRate: Percent.ratio(price - previous, previous) ?? .zero, dayChange: KRW(price - previous)))
        var dates: [TradeDate] = []
        var offset = 1
        while dates.count < dailyDays {
            let date = day.adding(days: -offset)
            if !date.isWeekend { dates.insert(date, at: 0) }
            offset += 1
        }
        dailyBars[code] = dates.enumerated().map { index, date in
            // From a tenth of the way from the previous close to the average, to the previous close.
            let t = Double(index + 1) / Double(max(dailyDays, 1))
            let start = Double(previous) + Double(average - previous) / 10
            let close = max(Int64((start + (Double(previous) - start) * t).rounded()), 1)
            let open = max(close + (index % 2 == 0 ? 1 : -1) * close / 40, 1)
            let wiggle = max(close / 60, 1)
            return DailyBar(
                code: code, date: date, open: KRW(open), high: KRW(max(open, close) + wiggle),
                low: KRW(max(min(open, close) - wiggle, 1)), close: KRW(close),
                volume: Int64(50_000 + (index * 7_919 + holdings.count * 131) % 400_000))
        }
        minuteBars[code] = (0..<minutes).map { m in
            let t = Double(m + 1) / Double(minutes)
            let base = Double(previous) + Double(price - previous) * t
            let close = max(Int64((base * (1 + Double((m * 37) % 9 - 4) / 1_000)).rounded()), 1)
            let spread = max(close / 400, 1)
            return MinuteBar(
                code: code, minute: day.at(KSTTime(secondOfDay: 9 * 3600 + m * 60)), open: KRW(close),
                high: KRW(close + spread), low: KRW(max(close - spread, 1)), close: KRW(close),
                volume: Int64(100 + (m * 97 + holdings.count * 13) % 5_000))
        }
    }

    /// `count` fills over the holdings in turn from 09:00, every third a sell, with the standard fee rates.
    func executions(_ count: Int) -> [Execution] {
        guard !holdings.isEmpty else { return [] }
        return (0..<count).map { n in
            let h = holdings[(n * 7) % holdings.count]
            let side: Side = n % 3 == 2 ? .sell : .buy
            let quantity = max(min(h.quantity / 10, 50_000), 1) + Int64(n % 5)
            let amount = h.currentPrice.won * quantity
            let order = DailyOrder(
                orderDate: day, orderNumber: String(format: "%010d", 20_000 + n), code: h.code, name: h.name,
                side: side, orderQuantity: quantity, orderPrice: h.currentPrice,
                orderTime: KSTTime(secondOfDay: 9 * 3600 + (n * 11) % 5_400), filledQuantity: quantity,
                averageFillPrice: h.currentPrice, filledAmount: KRW(amount), remainingQuantity: 0,
                venue: n % 6 == 5 ? .nxt : .krx)
            return Execution(
                order: order, commission: KRW(amount * 15 / 100_000),
                tax: KRW(side == .sell ? amount * 15 / 10_000 : 0))
        }
    }

    /// The account summary for these holdings, `cash` and `executions`.
    func summary(cash: Int64, executions: [Execution]) -> AccountSummary {
        let stock = holdings.reduce(0) { $0 + $1.evaluationAmount.won }
        let purchase = holdings.reduce(0) { $0 + $1.purchaseAmount.won }
        let change = holdings.reduce(0) { $0 + $1.dayChange.won * $1.quantity }
        func total(_ side: Side) -> Int64 {
            executions.filter { $0.order.side == side }.reduce(0) { $0 + $1.order.filledAmount.won }
        }
        let fees = executions.reduce(0) { $0 + $1.commission.won + $1.tax.won }
        return AccountSummary(
            deposit: KRW(cash), nextDayCash: KRW(cash), availableCash: KRW(cash), todayBuyAmount: KRW(total(.buy)),
            todaySellAmount: KRW(total(.sell)), todayFees: KRW(fees), stockEvaluation: KRW(stock),
            totalEvaluation: KRW(stock + cash), netAssets: KRW(stock + cash), totalPurchase: KRW(purchase),
            totalProfitLoss: KRW(stock - purchase), previousTotalAssets: KRW(stock + cash - change),
            assetChange: KRW(change))
    }
}

/// A fixed scenario value that is valid by construction; stops the test run naming the type if it is not.
func required<T>(_ value: T?) -> T {
    guard let value else { preconditionFailure("invalid scenario \(T.self)") }
    return value
}
