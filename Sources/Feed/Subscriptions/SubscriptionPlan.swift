package import PortfolioModel

/// The subscriptions one feed session holds: the execution notices of the domain, plus optional trade ticks,
/// within the registration budget.
///
/// KIS allows 41 registrations per session across all TRs (FAQ-RATE); OTA and PYKIS stop at 40, and so does
/// this plan, leaving one spare. Ticks are added in the order given, duplicates dropped.
package struct SubscriptionPlan: Sendable, Equatable {
    /// The most registrations a plan holds.
    package static let registrationLimit = 40

    /// The subscriptions, notices first.
    package private(set) var subscriptions: [Subscription]

    /// Plans the notice subscription of `mode` for `htsID`, and H0STCNT0 ticks for `tickCodes`.
    /// - Parameters:
    ///   - mode: Real (H0STCNI0) or paper (H0STCNI9); ticks use H0STCNT0 on both.
    ///   - htsID: The HTS user id (the notice `tr_key`).
    ///   - tickCodes: Stocks to receive trade ticks for.
    ///   - limit: The budget, at most ``registrationLimit``.
    /// - Throws: ``FeedError`` `.subscription` for a blank or spaced HTS id or more than `limit` registrations.
    package init(
        mode: TradingMode, htsID: String, tickCodes: [StockCode] = [], limit: Int = SubscriptionPlan.registrationLimit
    ) throws {
        guard !htsID.isEmpty, !htsID.contains(where: { $0.isWhitespace || $0 == "\"" || $0 == "\\" }) else {
            throw FeedError(.subscription, "the HTS id is blank or contains spaces or quotes")
        }
        var seen = Set<StockCode>()
        let ticks = tickCodes.filter { seen.insert($0).inserted }
        let budget = min(limit, Self.registrationLimit)
        guard 1 + ticks.count <= budget else {
            throw FeedError(
                .subscription,
                "1 notice + \(ticks.count) tick subscriptions exceed the budget of \(budget) registrations")
        }
        subscriptions =
            [Subscription(trID: FeedTR.executionNotice(for: mode), trKey: htsID)]
            + ticks.map { Subscription(trID: FeedTR.tradeTick, trKey: $0.rawValue) }
    }

    /// The register messages for every subscription, in order.
    package func registerMessages(approvalKey: String) -> [String] {
        subscriptions.map { SubscriptionMessage.json(.register, $0, approvalKey: approvalKey) }
    }
}
