/// A holding in one stock: quantity and cost basis.
struct Position: Sendable {
    var code: String
    var name: String
    var quantity: Int
    /// 매입금액: cost basis of the quantity held.
    var cost: Int
    /// 매입평균가격.
    var averagePrice: Double
    /// The last day with a sell, so sold-out rows stay visible until D+2.
    var lastSellDate: KSTDate?

    mutating func applyBuy(quantity q: Int, price: Int) {
        quantity += q
        cost += q * price
        averagePrice = quantity == 0 ? 0 : Double(cost) / Double(quantity)
    }

    mutating func applySell(quantity q: Int, on date: KSTDate) {
        let sold = min(q, quantity)
        quantity -= sold
        cost = quantity == 0 ? 0 : max(0, cost - Int((averagePrice * Double(sold)).rounded()))
        if quantity == 0 { averagePrice = 0 }
        lastSellDate = date
    }
}
