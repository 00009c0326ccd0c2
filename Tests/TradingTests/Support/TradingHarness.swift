import Foundation
import HTTPTransport
import KISAPI
import KISDashTestSupport
import KISSimulator
import LibPQ
import PortfolioModel
import Storage
import Synchronization
import Testing
import Trading

/// A settable "now" for the desk (the simulator's clock is set separately through its control handle).
final class MovableNow: Sendable {
    private let value: Mutex<Date>
    init(_ date: Date) { value = Mutex(date) }
    var now: Date { value.withLock { $0 } }
    func advance(seconds: Double) { value.withLock { $0 = $0.addingTimeInterval(seconds) } }
    func set(_ date: Date) { value.withLock { $0 = date } }
}

/// The desk on the in-process simulator, real PostgreSQL and a temporary state directory.
struct TradingHarness {
    static let moment = TradeDate(year: 2025, month: 12, day: 4)!.at(PortfolioModel.KSTTime(secondOfDay: 37_800))

    let sim: RunningSimulator
    let database: Database
    let directory: URL
    let side: SimulatorSide
    let clock: MovableNow

    var mode: TradingMode { side == .real ? .real : .paper }

    /// A client of the simulator.
    ///
    /// Its timeout is a minute: no test here waits for one to fire, and a stalled 2-core CI host once paused
    /// everything for ~20 s, which a 5 s timeout turned into a reconnect the feed tests did not expect.
    func client() throws -> KISClient {
        let creds = try #require(sim.credentials(side))
        let account = try #require(AccountNumber(cano: creds.accountNumber, productCode: creds.productCode))
        let configuration = KISConfiguration(
            mode: mode, appKey: Secret(creds.appKey), appSecret: Secret(creds.appSecret), account: account,
            htsID: creds.htsId, baseURL: try #require(URL(string: sim.baseURL(side))), timeout: .seconds(60),
            requestsPerSecond: 500, maxPages: 200, stateDirectory: directory)
        let now = clock
        return KISClient(
            configuration: configuration, transport: URLSessionTransport(),
            runtime: KISRuntime(clock: ContinuousClock(), now: { now.now }, rateLimiters: RateLimiterRegistry()))
    }

    /// A desk as a separate process would make it: its own client and pending-file handle, same directory.
    func desk() throws -> OrderDesk {
        let now = clock
        return OrderDesk(
            gateway: try client(), journal: TradeJournal(database: database),
            pendingFile: PendingOrderFile(directory: directory), now: { now.now },
            isTradingDay: { !$0.isWeekend }, clock: TestClock())
    }

    var journal: TradeJournal { TradeJournal(database: database) }

    /// Runs `body` with a migrated database, the simulator and a state directory.
    static func with(
        _ side: SimulatorSide = .paper, faults: FaultPlan = .none, _ body: (TradingHarness) async throws -> Void
    ) async throws {
        try await withTemporaryDirectory { dir in
            try await withTestDatabase { db in
                try await withSimulator(faults: faults) { sim in
                    try await Migrator(database: db).migrate()
                    try await body(
                        TradingHarness(sim: sim, database: db, directory: dir, side: side, clock: MovableNow(moment)))
                }
            }
        }
    }
}

extension OrderRequest {
    /// A limit or market order of the scenario's stocks.
    static func make(
        _ side: PortfolioModel.Side, _ code: String, _ name: String?, _ quantity: Int64, price: Int64? = nil,
        venue: PortfolioModel.Venue = .krx,
        type: OrderType? = nil
    ) -> OrderRequest {
        OrderRequest(
            side: side, code: StockCode(code)!, name: name, quantity: quantity,
            orderType: type ?? (price == nil ? .market : .limit), price: price.map(KRW.init), venue: venue)
    }
}
