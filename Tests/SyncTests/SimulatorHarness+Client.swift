import Foundation
import HTTPTransport
import KISAPI
import KISDashTestSupport
import KISSimulator
import PortfolioModel
import Testing

/// Real `KISClient`s pointed at an in-process simulator.
enum SimulatorClients {
    /// The default scenario's moment: Thursday 2025-12-04 10:30 KST.
    static let moment = TradeDate(year: 2025, month: 12, day: 4)!.at(PortfolioModel.KSTTime(secondOfDay: 37_800))

    /// A client for the scenario account on `side`, with its own limiter registry (tests run in parallel).
    static func client(
        _ sim: RunningSimulator, _ side: SimulatorSide, stateDirectory: URL, rate: Int? = nil,
        clock: any Clock<Duration> = ContinuousClock(), now: @escaping @Sendable () -> Date = { moment },
        registry: RateLimiterRegistry = RateLimiterRegistry()
    ) throws -> KISClient {
        let creds = try #require(sim.credentials(side))
        let account = try #require(AccountNumber(cano: creds.accountNumber, productCode: creds.productCode))
        // A minute's timeout: no test here waits for one to fire, and a stalled CI host paused ~20 s.
        let configuration = KISConfiguration(
            mode: side == .real ? .real : .paper, appKey: Secret(creds.appKey), appSecret: Secret(creds.appSecret),
            account: account, htsID: creds.htsId, baseURL: try #require(URL(string: sim.baseURL(side))),
            timeout: .seconds(60), requestsPerSecond: rate ?? 500, stateDirectory: stateDirectory)
        return KISClient(
            configuration: configuration, transport: URLSessionTransport(),
            runtime: KISRuntime(clock: clock, now: now, rateLimiters: registry))
    }
}
