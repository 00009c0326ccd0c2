import Foundation
import PortfolioModel

extension ActivityFacts {
    /// Most trades listed one by one; the counts and sums always cover all of them.
    static let maxListedTrades = 30

    /// Today's fills of `input`, with the sell tax at the rate of each trade date's year (``FeeSchedule``).
    static func compute(_ input: FactSheetInput) -> ActivityFacts {
        let fills = input.executions.filter { $0.order.filledQuantity > 0 }
            .sorted { ($0.order.orderTime, $0.order.orderNumber) < ($1.order.orderTime, $1.order.orderNumber) }
        let trades = fills.map { e in
            let o = e.order
            let tax =
                o.side == .sell ? o.filledAmount.won * FeeSchedule.sellTaxPerMillion(on: o.orderDate) / 1_000_000 : 0
            return Trade(
                time: o.orderTime.colonSeparated, code: o.code.rawValue, name: o.name, side: o.side.koreanLabel,
                quantity: o.filledQuantity, averagePrice: Won(o.averageFillPrice), amount: Won(o.filledAmount),
                commission: Won(e.commission), tax: Won(tax))
        }
        let buys = zip(fills, trades).filter { $0.0.order.side == .buy }.map(\.1)
        let sells = zip(fills, trades).filter { $0.0.order.side == .sell }.map(\.1)
        let commission = trades.reduce(0) { $0 + $1.commission.won }
        let tax = sells.reduce(0) { $0 + $1.tax.won }
        return ActivityFacts(
            date: input.day.iso, buyCount: buys.count, sellCount: sells.count,
            buyAmount: Won(buys.reduce(0) { $0 + $1.amount.won }),
            sellAmount: Won(sells.reduce(0) { $0 + $1.amount.won }),
            commission: Won(commission), sellTax: Won(tax),
            sellTaxRate: Rate(hundredths: FeeSchedule.sellTaxPerMillion(on: input.day) / 100),
            costs: Won(commission + tax), openOrders: input.snapshot.unfilled.count,
            trades: Array(trades.prefix(maxListedTrades)))
    }
}

extension FreshnessFacts {
    /// Regular trading starts at 09:00 KST; before that, missing minute bars are expected.
    static let marketOpen = TradingSessions.krxOpen

    /// The data-age flags of `input` under `rules`.
    static func compute(_ input: FactSheetInput, _ rules: FactRules) -> FreshnessFacts {
        let confirmed = input.snapshot.confirmedAt
        let age = max(0, Int(input.now.timeIntervalSince(confirmed) / 60))
        let codes = input.snapshot.holdings.filter { $0.quantity > 0 }.map(\.code).sorted()
        let lastMinute = input.minuteBars.values.flatMap { $0.map(\.minute) }.max()
        let expectsMinutes = !input.day.isWeekend && KST.timeOfDay(confirmed) > marketOpen
        return FreshnessFacts(
            asOf: KST.format(confirmed), snapshotAgeMinutes: age,
            lastMinuteBar: lastMinute.map { String(KST.timeOfDay($0).colonSeparated.prefix(5)) },
            isStale: age > rules.staleAfterMinutes, isFromEarlierDay: TradeDate(confirmed) < TradeDate(input.now),
            staleAfterMinutes: rules.staleAfterMinutes,
            withoutDailyBars: codes.filter { input.dailyBars[$0]?.contains { $0.date < input.day } != true }
                .map(\.rawValue),
            withoutMinuteBars: expectsMinutes
                ? codes.filter { input.minuteBars[$0]?.isEmpty != false }.map(\.rawValue) : [])
    }
}
