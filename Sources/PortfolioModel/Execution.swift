/// A filled (or partly filled) order of the day with its costs, as stored in `kis_execution`.
///
/// KIS reports fills aggregated per order, so one execution is one order's filled part. Commission and
/// tax are computed by the sync (KIS's daily inquiry does not itemise them per order).
package struct Execution: Hashable, Sendable, Codable {
    package var order: DailyOrder
    /// Brokerage commission on the filled amount.
    package var commission: KRW
    /// Securities transaction tax (sells only), at the rate of the trade date's year.
    package var tax: KRW

    /// Creates an execution.
    package init(order: DailyOrder, commission: KRW, tax: KRW) {
        self.order = order
        self.commission = commission
        self.tax = tax
    }
}
