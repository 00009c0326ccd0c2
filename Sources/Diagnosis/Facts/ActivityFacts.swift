/// Today's filled orders and their costs.
package struct ActivityFacts: Hashable, Sendable, Codable {
    /// One filled order.
    package struct Trade: Hashable, Sendable, Codable {
        /// Order time, `HH:MM:SS` KST.
        package var time: String
        package var code: String
        package var name: String
        /// `매수` or `매도`.
        package var side: String
        package var quantity: Int64
        package var averagePrice: Won
        package var amount: Won
        package var commission: Won
        /// The sell tax at the rate of the trade date's year (zero for buys).
        package var tax: Won
    }

    /// The KST trade date, `YYYY-MM-DD`.
    package var date: String
    package var buyCount: Int
    package var sellCount: Int
    package var buyAmount: Won
    package var sellAmount: Won
    package var commission: Won
    package var sellTax: Won
    /// The sell tax rate of the trade date's year (0.15 % in 2025, 0.20 % from 2026).
    package var sellTaxRate: Rate
    /// Commission plus sell tax.
    package var costs: Won
    /// Orders still open at the snapshot.
    package var openOrders: Int
    package var trades: [Trade]
}

/// How old the data is.
///
/// Only the flags count for ``FactSheet/materialHash``; the times and ages do not,
/// so a later sync that saw the same account does not cost a model call.
package struct FreshnessFacts: Hashable, Sendable, Codable {
    /// The snapshot's "as of" instant in KST, `YYYY-MM-DD HH:MM:SS`.
    package var asOf: String?
    /// Minutes between the snapshot's last confirmation and now.
    package var snapshotAgeMinutes: Int?
    /// The last minute bar's time, `HH:MM` KST.
    package var lastMinuteBar: String?
    /// The snapshot is older than the staleness limit.
    package var isStale: Bool
    /// The snapshot is from an earlier KST day than now.
    package var isFromEarlierDay: Bool
    /// The staleness limit in minutes.
    package var staleAfterMinutes: Int
    /// Held stocks without daily bars in the trend window.
    package var withoutDailyBars: [String]
    /// Held stocks without minute bars today.
    package var withoutMinuteBars: [String]

    /// The same flags without the times and ages.
    var material: FreshnessFacts {
        var copy = self
        copy.asOf = nil
        copy.snapshotAgeMinutes = nil
        copy.lastMinuteBar = nil
        return copy
    }
}
