package import PortfolioModel
package import Storage

/// Computes a day's ``DailySummary`` from what the database holds.
///
/// Pure.
///
/// - Totals, 예수금 and the day's P&L come from the day's closing snapshot (KIS's 자산증감액 is the day's change).
/// - Buys, sells, fees and taxes are the sums of the day's executions (costs as the sync computed them).
/// - Realized P&L of each sell: amount − quantity × average purchase price − its commission and tax. The average
///   price is yesterday's (the opening snapshot), else the closing snapshot's (a partial sell), else the day's
///   average buy price (bought and sold the same day); a stock with none of these counts as zero.
package enum DailySummaryCalculator {
    /// The summary of `day`.
    package static func summarize(_ facts: DayFacts, account: AccountNumber, mode: TradingMode, day: TradeDate)
        -> DailySummary
    {
        let closing = facts.closing.summary
        var averages: [StockCode: AveragePrice] = [:]
        for h in facts.closing.holdings { averages[h.code] = h.averagePrice }
        for h in facts.opening?.holdings ?? [] { averages[h.code] = h.averagePrice }
        var bought: [StockCode: (qty: Int64, amount: Int64)] = [:]
        for e in facts.executions where e.order.side == .buy {
            bought[e.order.code, default: (0, 0)].qty += e.order.filledQuantity
            bought[e.order.code, default: (0, 0)].amount += e.order.filledAmount.won
        }
        var buy: Int64 = 0, sell: Int64 = 0, fees: Int64 = 0, taxes: Int64 = 0, realized: Int64 = 0
        for e in facts.executions {
            let amount = e.order.filledAmount.won
            fees += e.commission.won
            taxes += e.tax.won
            guard e.order.side == .sell else {
                buy += amount
                continue
            }
            sell += amount
            let qty = e.order.filledQuantity
            let cost: Int64
            if let average = averages[e.order.code] {
                cost = (average.tenThousandths * qty + 5_000) / 10_000
            } else if let b = bought[e.order.code], b.qty > 0 {
                cost = b.amount * qty / b.qty
            } else {
                cost = amount
            }
            realized += amount - cost - e.commission.won - e.tax.won
        }
        return DailySummary(
            account: account, mode: mode, day: day, totalEvaluation: closing.totalEvaluation,
            totalProfitLoss: closing.totalProfitLoss, dayProfitLoss: closing.assetChange,
            realizedProfitLoss: KRW(realized), buyAmount: KRW(buy), sellAmount: KRW(sell), fees: KRW(fees),
            taxes: KRW(taxes), deposit: closing.deposit, availableCash: closing.availableCash)
    }
}
