package import KISAPI
package import PortfolioModel

/// What the order desk asks of KIS: the inquiries right before an order, the order itself, and the lookups
/// that settle an unknown outcome.
///
/// ``KISClient`` is the live one.
package protocol TradingGateway: Sendable {
    /// The mode and account the gateway acts for.
    var configuration: KISConfiguration { get }
    func fetchInstrument(_ code: StockCode, today: TradeDate) async throws -> Instrument
    func fetchAskingPrice(_ code: StockCode, venue: Venue) async throws -> BestBidAsk
    func fetchOrderableCash(for code: StockCode, price: KRW?) async throws -> OrderableCash
    func fetchBalance() async throws -> BalanceSnapshot
    func fetchDailyOrders(on date: TradeDate) async throws -> [DailyOrder]
    func fetchCancellableOrders() async throws -> [UnfilledOrder]
    func submit(_ submission: KISSubmission) async throws -> KISSubmissionReply
}

extension KISClient: TradingGateway {}
