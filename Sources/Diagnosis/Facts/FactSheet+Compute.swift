import Foundation
import PortfolioModel

extension FactSheet {
    /// Computes the fact sheet of `input` under `rules`, purely and deterministically.
    /// - Parameters:
    ///   - input: The stored data and the clock.
    ///   - rules: Loss threshold, staleness limit and trend window.
    /// - Returns: The facts, holdings ordered by value (largest first, then by code).
    package static func compute(_ input: FactSheetInput, rules: FactRules = FactRules()) -> FactSheet {
        let held = input.snapshot.holdings.filter { $0.quantity > 0 }
            .sorted { ($0.evaluationAmount, $1.code) > ($1.evaluationAmount, $0.code) }
        let summary = input.snapshot.summary
        let stocks = held.reduce(0) { $0 + $1.evaluationAmount.won }
        let total = summary.totalEvaluation.won
        let holdings = held.map { h in
            holdingFacts(h, stocks: stocks, total: total, input: input, rules: rules)
        }
        return FactSheet(
            portfolio: portfolioFacts(held, holdings, summary: summary, stocks: stocks, rules: rules),
            holdings: holdings, today: ActivityFacts.compute(input), freshness: FreshnessFacts.compute(input, rules))
    }

    private static func portfolioFacts(
        _ held: [Holding], _ holdings: [HoldingFacts], summary: AccountSummary, stocks: Int64, rules: FactRules
    ) -> PortfolioFacts {
        let purchase = held.reduce(0) { $0 + $1.purchaseAmount.won }
        let profitLoss = held.reduce(0) { $0 + $1.profitLoss.won }
        let dayChange = held.reduce(0) { $0 + $1.quantity * $1.dayChange.won }
        let top = held.prefix(3).reduce(0) { $0 + $1.evaluationAmount.won }
        let squares = held.reduce(0.0) { sum, h in
            let share = stocks > 0 ? Double(h.evaluationAmount.won) / Double(stocks) * 100 : 0
            return sum + share * share
        }
        let hhi = Int(squares.rounded())
        return PortfolioFacts(
            totalEvaluation: Won(summary.totalEvaluation), stockEvaluation: Won(stocks),
            cash: Won(summary.availableCash), cashRatio: .ratio(summary.availableCash.won, summary.totalEvaluation.won),
            totalPurchase: Won(purchase), unrealizedProfitLoss: Won(profitLoss),
            unrealizedProfitLossRate: .ratio(profitLoss, purchase), dayChange: Won(dayChange),
            dayChangeRate: .ratio(dayChange, stocks - dayChange), holdingCount: held.count,
            gainers: held.filter { $0.profitLoss.won > 0 }.count, losers: held.filter { $0.profitLoss.won < 0 }.count,
            largestCode: held.first?.code.rawValue, largestName: held.first?.name,
            largestWeight: held.first.map { .ratio($0.evaluationAmount.won, stocks) } ?? Rate(hundredths: 0),
            topCount: min(3, held.count), topWeight: .ratio(top, stocks), hhi: hhi,
            concentration: hhi >= 2_500 ? "높음" : (hhi >= 1_500 ? "보통" : "낮음"),
            lossThreshold: Rate(rules.lossThreshold),
            pastLossThreshold: holdings.filter(\.isPastLossThreshold).map(\.code.rawValue), trendDays: rules.trendDays)
    }

    private static func holdingFacts(
        _ h: Holding, stocks: Int64, total: Int64, input: FactSheetInput, rules: FactRules
    ) -> HoldingFacts {
        let average = h.averagePrice.tenThousandths
        let minutes = input.minuteBars[h.code] ?? []
        return HoldingFacts(
            code: h.code, name: h.name, quantity: h.quantity, averagePrice: Won(h.averagePrice.roundedWon),
            currentPrice: Won(h.currentPrice), evaluation: Won(h.evaluationAmount), purchase: Won(h.purchaseAmount),
            weight: .ratio(h.evaluationAmount.won, stocks), weightOfTotal: .ratio(h.evaluationAmount.won, total),
            profitLoss: Won(h.profitLoss), profitLossRate: Rate(h.profitLossRate),
            distanceFromAverage: .ratio(h.currentPrice.won * 10_000 - average, average),
            dayChange: Won(h.dayChange), dayChangeRate: Rate(h.dayChangeRate),
            positionDayChange: Won(h.quantity * h.dayChange.won),
            trend: TrendFacts.compute(
                bars: input.dailyBars[h.code] ?? [], before: input.day, current: h.currentPrice, days: rules.trendDays),
            intradayHigh: minutes.map(\.high).max().map(Won.init), intradayLow: minutes.map(\.low).min().map(Won.init),
            isPastLossThreshold: h.profitLossRate <= rules.lossThreshold, boughtToday: h.todayBoughtQuantity,
            soldToday: h.todaySoldQuantity)
    }
}
