import Foundation
import HTTPTransport
import KISAPI
import KISDashTestSupport
import KISSimulator
import LibPQ
import Pipeline
import PortfolioModel
import Settings
import Storage
import Sync
import Testing

/// A pipeline wired like the CLI's, against the in-process simulator, a throwaway schema and a temp folder.
struct PipelineHarness {
    static let moment = TradeDate(year: 2025, month: 12, day: 4)!.at(KSTTime(hour: 10, minute: 30)!)

    let sim: RunningSimulator
    let db: Database
    let schema: String
    let dir: URL
    let client: KISClient
    var renderer = TestRenderer()

    init(
        sim: RunningSimulator, db: Database, schema: String, dir: URL, side: SimulatorSide = .paper,
        now: @escaping @Sendable () -> Date = { Self.moment }
    ) throws {
        self.sim = sim
        self.db = db
        self.schema = schema
        self.dir = dir
        let creds = try #require(sim.credentials(side))
        let account = try #require(AccountNumber(cano: creds.accountNumber, productCode: creds.productCode))
        // A minute's timeout: no test here waits for one to fire, and a stalled CI host paused ~20 s.
        let configuration = KISConfiguration(
            mode: side == .real ? .real : .paper, appKey: Secret(creds.appKey), appSecret: Secret(creds.appSecret),
            account: account, baseURL: try #require(URL(string: sim.baseURL(side))), timeout: .seconds(60),
            requestsPerSecond: 500, stateDirectory: dir.appendingPathComponent("state"))
        client = KISClient(
            configuration: configuration, transport: URLSessionTransport(),
            runtime: KISRuntime(clock: ContinuousClock(), now: now, rateLimiters: RateLimiterRegistry()))
    }

    var account: AccountNumber { client.configuration.account }
    var mode: TradingMode { client.configuration.mode }
    var output: DashboardFile { DashboardFile(url: dir.appendingPathComponent("Realtime/Kis_Dashboard.pdf")) }

    /// A second handle on the same schema (the lock needs its own connection).
    func otherDatabase() throws -> Database {
        let url = try #require(TestDatabase.url)
        return Database(configuration: .init(url: url, applicationName: "kisdash-tests-lock", searchPath: schema))
    }

    func lock() throws -> CycleLock { CycleLock(database: try otherDatabase(), account: account, mode: mode) }

    func engine(now: @escaping @Sendable () -> Date) -> SyncEngine {
        SyncEngine(
            source: client,
            stores: SyncStores(
                writer: AccountWriter(database: db), runs: SyncRunStore(database: db),
                state: SyncStateStore(database: db)),
            account: account, mode: mode, now: now)
    }

    func runner(
        now: @escaping @Sendable () -> Date = { Self.moment }, publishers: [any Publisher] = [],
        calendar: [MarketDay] = [], render: (any RenderStage)? = nil, lines: (@Sendable (String) -> Void)? = nil
    ) throws -> PipelineRunner {
        PipelineRunner(
            clock: MarketClock(sessions: MarketClock.sessions(ScheduleSection()), calendar: calendar),
            lock: try lock(), runs: PipelineRunStore(database: db),
            stages: Stages(sync: engine(now: now), render: render ?? renderer, publishers: publishers), output: output,
            account: account, mode: mode, now: now, progress: lines ?? { _ in })
    }
}

/// Runs `body` with a simulator, a migrated throwaway schema and a temporary folder.
func withPipeline<T: Sendable>(
    start: String = SimulatorTestDefaults.now, now: @escaping @Sendable () -> Date = { PipelineHarness.moment },
    _ body: (PipelineHarness) async throws -> T
) async throws -> T {
    try await withTemporaryDirectory { dir in
        try await withTestDatabase { db, schema in
            try await withSimulator(now: start) { sim in
                try await Migrator(database: db).migrate()
                return try await body(try PipelineHarness(sim: sim, db: db, schema: schema, dir: dir, now: now))
            }
        }
    }
}
