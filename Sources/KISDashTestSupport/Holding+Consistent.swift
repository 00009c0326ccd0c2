package import PortfolioModel

extension Holding {
    /// A sample holding whose purchase, evaluation, profit and rate follow from its quantity and prices.
    package static func consistent(
        code: StockCode, name: String, quantity: Int64, average: Int64, price: Int64, dayChangeRate: Percent,
        dayChange: KRW
    ) -> Holding {
        let purchase = average * quantity
        let evaluation = price * quantity
        return Holding(
            code: code, name: name, quantity: quantity, orderableQuantity: quantity,
            averagePrice: AveragePrice(won: KRW(average)), purchaseAmount: KRW(purchase), currentPrice: KRW(price),
            evaluationAmount: KRW(evaluation), profitLoss: KRW(evaluation - purchase),
            profitLossRate: Percent.ratio(evaluation - purchase, purchase) ?? .zero, dayChangeRate: dayChangeRate,
            dayChange: dayChange)
    }
}
