import Digest
import Foundation
package import HTTPTransport
package import Logging
import PortfolioModel

/// The KIS REST client for inquiries: balance, orders, cash, quotes, charts and the market calendar.
///
/// It places no orders (house style rule 5). Every call goes through ``TokenManager`` (one shared, cached
/// token), a ``RateLimiter`` shared by all clients of the same app key in the process, and bounded retries.
/// The same code runs against real KIS, paper KIS or a local simulator: only `configuration.baseURL` differs.
package struct KISClient: Sendable {
    /// The configuration the client was made with.
    package let configuration: KISConfiguration
    /// The token owner (exposed for `kisdash doctor` and token revocation).
    package let tokens: TokenManager
    let transport: any HTTPTransport
    let runtime: KISRuntime
    let counter: CallCounter
    let logger: Logger
    private let limiterKey: String
    /// The rate ledger shared with other processes using this app key (in the state directory).
    let ledger: CallLedger

    /// Creates a client.
    /// - Parameters:
    ///   - configuration: Mode, credentials, account, base URL and limits.
    ///   - transport: The HTTP transport (wrap it in `LoggingTransport` for request logs).
    ///   - runtime: Clock, wall time, jitter and the rate-limiter registry.
    ///   - logger: The client's logger.
    package init(
        configuration: KISConfiguration, transport: any HTTPTransport, runtime: KISRuntime = .live,
        logger: Logger = Logger(label: "kis")
    ) {
        let counter = CallCounter()
        self.configuration = configuration
        self.transport = transport
        self.runtime = runtime
        self.counter = counter
        self.logger = logger
        self.tokens = TokenManager(
            configuration: configuration, transport: transport, runtime: runtime, counter: counter, logger: logger)
        let limiterKey = configuration.mode.rawValue + ":" + SHA256.hex(configuration.appKey.revealed)
        self.limiterKey = limiterKey
        let padding = configuration.rateWindowPadding
        self.ledger = CallLedger(
            path: configuration.stateDirectory.appendingPathComponent(
                "calls-\(limiterKey.replacingOccurrences(of: ":", with: "-").prefix(24)).ledger"
            ).path,
            limit: configuration.requestsPerSecond,
            window: 1.0 + padding.inSeconds)
    }

    /// HTTP calls this client has sent to KIS so far (retries, pages and token calls included).
    package func apiCallCount() async -> Int { await counter.count }

    /// Revokes the access token at KIS and removes it from the cache (`/oauth2/revokeP`).
    /// - Throws: ``KISError`` when KIS refuses or the call fails.
    package func revokeToken() async throws { try await tokens.revoke() }

    /// The process-wide limiter for this app key.
    func limiter() async -> RateLimiter {
        await runtime.rateLimiters.limiter(
            for: limiterKey, limit: configuration.requestsPerSecond,
            // A request cannot arrive later than its time limit and the transport's grace (2 s) after it is sent
            // (`RateLimiter.sending`); 5 s covers the grace with room.
            window: .seconds(1) + configuration.rateWindowPadding, inFlightLimit: configuration.timeout + .seconds(5),
            clock: runtime.clock)
    }
}
