package import PortfolioModel

/// Everything a diagnosis may say, computed from the stored account data (issue 5).
///
/// Built by the pure ``FactSheet/compute(_:rules:)``; stored with each diagnosis and given to a model as JSON
/// (``canonicalJSON``). Amounts and rates are written with their units (`"1,234원"`, `"12.34%"`); counts and
/// quantities are plain numbers. ``materialHash`` identifies the content that matters for a diagnosis.
package struct FactSheet: Hashable, Sendable, Codable {
    /// Totals, cash, concentration.
    package var portfolio: PortfolioFacts
    /// One entry per held stock, largest first.
    package var holdings: [HoldingFacts]
    /// Today's fills and their costs.
    package var today: ActivityFacts
    /// How old the data is.
    package var freshness: FreshnessFacts

    /// Creates a fact sheet.
    package init(portfolio: PortfolioFacts, holdings: [HoldingFacts], today: ActivityFacts, freshness: FreshnessFacts) {
        self.portfolio = portfolio
        self.holdings = holdings
        self.today = today
        self.freshness = freshness
    }
}

/// The account as a whole.
package struct PortfolioFacts: Hashable, Sendable, Codable {
    /// 총평가금액: securities plus D+2 cash.
    package var totalEvaluation: Won
    /// 유가평가금액: the stocks' value.
    package var stockEvaluation: Won
    /// D+2 cash (가수도정산금액).
    package var cash: Won
    /// Cash over the total evaluation.
    package var cashRatio: Rate
    /// 매입금액 of the held stocks.
    package var totalPurchase: Won
    /// Unrealized profit or loss of the held stocks.
    package var unrealizedProfitLoss: Won
    /// ``unrealizedProfitLoss`` over ``totalPurchase``.
    package var unrealizedProfitLossRate: Rate
    /// Today's change in the stocks' value from price moves (quantity × change per share).
    package var dayChange: Won
    /// ``dayChange`` over yesterday's value of the same positions.
    package var dayChangeRate: Rate
    package var holdingCount: Int
    /// Holdings with a gain, and with a loss.
    package var gainers: Int
    package var losers: Int
    /// The largest holding by value (nil without holdings).
    package var largestCode: String?
    package var largestName: String?
    /// The largest holding's share of the stocks.
    package var largestWeight: Rate
    /// How many holdings ``topWeight`` covers (at most 3).
    package var topCount: Int
    /// The combined share of the ``topCount`` largest holdings.
    package var topWeight: Rate
    /// Herfindahl–Hirschman index of the stock weights (0–10,000).
    package var hhi: Int
    /// `높음` (HHI ≥ 2,500), `보통` (≥ 1,500) or `낮음`.
    package var concentration: String
    /// The stop-loss watch level (the seed's −5 %).
    package var lossThreshold: Rate
    /// Codes of the holdings at or below ``lossThreshold``.
    package var pastLossThreshold: [String]
    /// Trading days the trend, volatility and drawdown cover.
    package var trendDays: Int
}

/// One held stock.
package struct HoldingFacts: Hashable, Sendable, Codable {
    package var code: StockCode
    package var name: String
    package var quantity: Int64
    /// Average purchase price, rounded to whole won.
    package var averagePrice: Won
    package var currentPrice: Won
    package var evaluation: Won
    package var purchase: Won
    /// Share of the stocks' value.
    package var weight: Rate
    /// Share of the total evaluation (stocks plus cash).
    package var weightOfTotal: Rate
    package var profitLoss: Won
    package var profitLossRate: Rate
    /// Current price over the average price, minus one.
    package var distanceFromAverage: Rate
    /// Today's change per share and as a rate.
    package var dayChange: Won
    package var dayChangeRate: Rate
    /// Today's change of the position's value.
    package var positionDayChange: Won
    /// The trend over the last trading days (nil with fewer than two prices).
    package var trend: TrendFacts?
    /// Today's range from the minute bars (nil without minute bars).
    package var intradayHigh: Won?
    package var intradayLow: Won?
    package var isPastLossThreshold: Bool
    package var boughtToday: Int64
    package var soldToday: Int64
}

/// A stock's recent path: first and last price, change, daily volatility and maximum drawdown.
package struct TrendFacts: Hashable, Sendable, Codable {
    /// Prices in the window (the last is the current price).
    package var days: Int
    package var startPrice: Won
    package var change: Rate
    /// `상승`, `하락` or `보합` (within ±1 %).
    package var direction: String
    /// Standard deviation of daily returns (nil with fewer than three prices).
    package var volatility: Rate?
    /// The worst fall from a peak within the window (zero or negative).
    package var maxDrawdown: Rate
}
