import Foundation
import KISAPI
import KISDashTestSupport
import KISSimulator
import LibPQ
import PortfolioModel
import Storage
import Testing

@testable import Sync

/// The real client, the real engine and real PostgreSQL against the in-process KIS simulator.
@Suite(.enabled(if: TestDatabase.isEnabled)) struct SimulatorSyncTests {
    private func engine(_ client: KISClient, _ db: Database) -> SyncEngine {
        SyncEngine(
            source: client,
            stores: SyncStores(
                writer: AccountWriter(database: db), runs: SyncRunStore(database: db),
                state: SyncStateStore(database: db)),
            account: client.configuration.account, mode: client.configuration.mode, now: { SimulatorClients.moment })
    }

    @Test(arguments: [SimulatorSide.paper, .real])
    func syncStoresTheSimulatedAccountAndALaterSyncIsCheap(side: SimulatorSide) async throws {
        try await withTemporaryDirectory { dir in
            try await withTestDatabase { db in
                try await withSimulator { sim in
                    try await Migrator(database: db).migrate()
                    let expected = try #require(await sim.control.account(side))
                    let held = expected.positions.filter { $0.quantity > 0 }
                    let first = try await engine(try SimulatorClients.client(sim, side, stateDirectory: dir), db).run()
                    #expect(first.holdings == held.count)
                    let store = DashboardStore(database: db)
                    let client = try SimulatorClients.client(sim, side, stateDirectory: dir)
                    let snap = try #require(
                        try await store.latestSnapshot(
                            account: client.configuration.account, mode: client.configuration.mode))
                    #expect(Set(snap.holdings.map(\.code.rawValue)) == Set(held.map(\.code)))
                    let bars = try await store.minuteBars(
                        for: snap.holdings.map(\.code), on: TradeDate(SimulatorClients.moment))
                    for h in snap.holdings { #expect(bars[h.code]?.count == 91, "09:00…10:30 for \(h.code)") }

                    let later = try await engine(client, db).run()
                    // Later syncs: balance + orders (+ cancellable on real) + one minute-bar call per holding.
                    #expect(later.apiCalls <= 3 + held.count)
                    #expect(!later.isNewSnapshot)
                }
            }
        }
    }

    @Test func secondProcessReusesTheCachedTokenWithinTheMinute() async throws {
        try await withTemporaryDirectory { dir in
            try await withSimulator(tokenIssueInterval: 60) { sim in
                let first = try SimulatorClients.client(sim, .paper, stateDirectory: dir)
                _ = try await first.fetchBalance()
                // A second process: a new client and token manager, sharing only the on-disk cache.
                let second = try SimulatorClients.client(sim, .paper, stateDirectory: dir)
                _ = try await second.fetchBalance()
                let stats = await sim.control.stats()
                #expect(stats.paper.tokensIssued == 1)
                #expect(stats.paper.rejected.isEmpty)
            }
        }
    }

    @Test func expiredTokenIsReissuedOnceAndTheCallRetried() async throws {
        try await withTemporaryDirectory { dir in
            try await withSimulator { sim in
                let clock = TestClock(origin: SimulatorClients.moment)
                let client = try SimulatorClients.client(
                    sim, .real, stateDirectory: dir, clock: clock, now: { clock.date })
                _ = try await client.fetchBalance()
                await sim.control.advanceClock(bySeconds: 25 * 3600)  // KIS now says the token expired (EGW00123)
                _ = try await client.fetchBalance()
                let stats = await sim.control.stats()
                #expect(stats.real.tokensIssued == 2)
                #expect(stats.real.rejected.values.reduce(0, +) == 1)
            }
        }
    }

    @Test func pagingRestartsWhenKISSaysTheDataChanged() async throws {
        // 22 orders on paper, where inquire-daily-ccld returns 15 rows a page: two pages, and the second
        // request is answered SYDB0050 "조회이후에 자료가 변경되었습니다" once.
        var scenario = try Scenario.builtIn()
        let paper = try #require(scenario.accounts.firstIndex { $0.side == .paper })
        for i in 0..<20 {
            let time = String(format: "0931%02d", i)
            scenario.accounts[paper].orders =
                (scenario.accounts[paper].orders ?? [])
                + [ScenarioOrder(time: time, code: "005930", side: "buy", quantity: 1, price: 50_000)]
        }
        let plan = FaultPlan(seed: 1, rules: [FaultRule(route: "inquire-daily-ccld", kind: .dataChanged, limit: 1)])
        try await withTemporaryDirectory { dir in
            try await withSimulator(scenario: scenario, faults: plan) { sim in
                let client = try SimulatorClients.client(sim, .paper, stateDirectory: dir)
                let orders = try await client.fetchDailyOrders(on: TradeDate(SimulatorClients.moment))
                let expected = try #require(await sim.control.account(.paper)).orders
                #expect(orders.count == expected.count && orders.count > 15)
                #expect(Set(orders.map(\.orderNumber)).count == orders.count, "no duplicates across the restart")
                let stats = await sim.control.stats()
                #expect(stats.paper.faults.values.reduce(0, +) == 1)
                #expect(stats.paper.nonVerbatimCursors == 0)
            }
        }
    }

    @Test func realRateLimitIsNeverExceededByAFullSync() async throws {
        try await withTemporaryDirectory { dir in
            try await withTestDatabase { db in
                try await withSimulator(realRate: 18) { sim in
                    try await Migrator(database: db).migrate()
                    let client = try SimulatorClients.client(sim, .real, stateDirectory: dir, rate: 18)
                    let started = ContinuousClock.now
                    let report = try await engine(client, db).run()
                    let elapsed = ContinuousClock.now - started
                    let stats = await sim.control.stats()
                    #expect(stats.real.rejected.isEmpty, "no EGW00201: \(stats.real.rejected)")
                    // Paced, not bursted: n calls need at least (n - 18) / 18 seconds.
                    #expect(elapsed >= .milliseconds(Int64(max(0, report.apiCalls - 18)) * 1000 / 18))
                }
            }
        }
    }

    @Test func clockThatDisagreesWithKISIsAClearErrorNotAWait() async throws {
        try await withTemporaryDirectory { dir in
            try await withSimulator { sim in
                // The simulator lives on 2025-12-04; this client thinks it is a year later.
                let client = try SimulatorClients.client(
                    sim, .paper, stateDirectory: dir, now: { SimulatorClients.moment.addingTimeInterval(365 * 86_400) })
                let started = ContinuousClock.now
                let error = await #expect(throws: KISError.self) { try await client.fetchBalance() }
                #expect(error?.message.contains("check the system clock") == true)
                #expect(ContinuousClock.now - started < .seconds(30), "an error, not the 60 s token wait")
            }
        }
    }

    @Test func tokenUnknownToARestartedServerIsReplacedOnceEvenIfTheSameValueComesBack() async throws {
        try await withTemporaryDirectory { dir in
            let clock = TestClock(origin: SimulatorClients.moment)
            try await withSimulator { sim in
                _ = try await SimulatorClients.client(
                    sim, .paper, stateDirectory: dir, clock: clock, now: { clock.date }
                )
                .fetchBalance()
            }
            clock.advance(by: .seconds(5))
            // A new server (like KIS after maintenance) does not know the cached token. Its first issue may well be
            // the same string (KIS returns the same token within 6 h); the client must accept it, not loop.
            try await withSimulator { sim in
                let client = try SimulatorClients.client(
                    sim, .paper, stateDirectory: dir, clock: clock, now: { clock.date })
                _ = try await client.fetchBalance()
                let stats = await sim.control.stats()
                #expect(stats.paper.tokensIssued == 1)
                #expect(clock.sleeps.reduce(.zero, +) <= .seconds(61), "one wait for the issuance minute at most")
            }
        }
    }
}
