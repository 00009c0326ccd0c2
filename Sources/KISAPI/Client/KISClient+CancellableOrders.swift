package import PortfolioModel

extension KISClient {
    /// Today's orders that can still be amended or cancelled.
    ///
    /// Real accounts ask inquire-psbl-rvsecncl (all pages). Paper has no such TR (SPEC §5.3), so the open part
    /// of today's daily orders stands in. A caller that already fetched today's daily orders should use
    /// ``cancellableOrders(from:)`` on paper instead and save the call.
    /// - Returns: The orders with their cancellable quantity.
    /// - Throws: ``KISError``.
    package func fetchCancellableOrders() async throws -> [UnfilledOrder] {
        guard configuration.mode == .real else {
            return Self.cancellableOrders(from: try await fetchDailyOrders(on: today))
        }
        let query = accountQuery + [("INQR_DVSN_1", "0"), ("INQR_DVSN_2", "0")]
        let date = today
        let pages = try await performPaged(endpoint: .cancellableOrders, query: query)
        var orders: [UnfilledOrder] = []
        for page in pages {
            let dto = try page.decode(CancellableOrderPageDTO.self)
            orders += try Self.mapRows(dto.orders, field: "output", response: page, isBlank: \.isBlank) {
                let order = try $0.order($1, on: date)
                try OrderCheck.cancellable(order, label: $1.row, operation: page.call.operation)
                return order
            }
        }
        try OrderCheck.unique(orders.map { ($0.branch, $0.orderNumber) }, operation: KISEndpoint.cancellableOrders.name)
        return orders
    }

    /// The open orders among `orders` (not cancelled, quantity left), as cancellable orders.
    /// - Parameter orders: Daily orders, e.g. from ``fetchDailyOrders(on:)``.
    /// - Returns: One unfilled order per open order, its cancellable quantity being the remaining quantity.
    package static func cancellableOrders(from orders: [DailyOrder]) -> [UnfilledOrder] {
        UnfilledOrder.openOrders(in: orders)
    }
}
