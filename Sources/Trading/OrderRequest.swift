package import PortfolioModel

/// What the user asked for: a new buy or sell, before any check.
package struct OrderRequest: Sendable, Hashable, Codable {
    package var side: Side
    package var code: StockCode
    /// The name the user typed, checked against KIS's name to catch a mistyped code; nil skips the check
    /// (conventional subcommands), in which case the preview shows KIS's name.
    package var name: String?
    package var quantity: Int64
    package var orderType: OrderType
    /// The limit price for price-taking types; nil for market-type orders.
    package var price: KRW?
    package var venue: Venue

    /// Creates a request.
    package init(
        side: Side, code: StockCode, name: String?, quantity: Int64, orderType: OrderType, price: KRW?,
        venue: Venue = .krx
    ) {
        self.side = side
        self.code = code
        self.name = name
        self.quantity = quantity
        self.orderType = orderType
        self.price = price
        self.venue = venue
    }
}

/// A cancellation the user asked for: the stock (to catch a mistyped order number) and the order number.
package struct CancelRequest: Sendable, Hashable, Codable {
    package var code: StockCode
    package var orderNumber: String

    /// Creates a request.
    package init(code: StockCode, orderNumber: String) {
        self.code = code
        self.orderNumber = orderNumber
    }
}
