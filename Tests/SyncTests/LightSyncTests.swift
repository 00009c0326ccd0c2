import Foundation
import KISAPI
import KISDashTestSupport
import KISSimulator
import LibPQ
import PortfolioModel
import Storage
import Testing

@testable import Sync

/// The light sync (`run --light`): quotes and new minute bars of the held stocks, nothing else.
@Suite struct LightSyncPlannerTests {
    private let codes = [StockCode("005930")!, StockCode("000660")!]

    @Test func beforeTheOpenThereIsNothingToFetch() {
        let at = TradeDate(year: 2025, month: 12, day: 4)!.at(KSTTime(hour: 8, minute: 50)!)
        let plan = SyncPlanner().planLight(codes: codes, now: at, lastMinuteBars: [:])
        #expect(plan.quotes.isEmpty && plan.minute.isEmpty)
    }

    @Test func inTheSessionEachStockGetsAQuoteAndItsNewMinutes() {
        let day = TradeDate(year: 2025, month: 12, day: 4)!
        let last = day.at(KSTTime(hour: 10, minute: 20)!)
        let plan = SyncPlanner().planLight(
            codes: codes, now: day.at(KSTTime(hour: 10, minute: 30)!), lastMinuteBars: [codes[0]: last])
        #expect(plan.quotes == codes.sorted())
        #expect(plan.minute.first { $0.code == codes[0] }?.since == last)
        #expect(plan.minute.first { $0.code == codes[1] }?.since == nil)
    }

    @Test func weekendsFetchNothing() {
        let saturday = TradeDate(year: 2025, month: 12, day: 6)!.at(KSTTime(hour: 10, minute: 0)!)
        #expect(SyncPlanner().planLight(codes: codes, now: saturday, lastMinuteBars: [:]).quotes.isEmpty)
    }
}

@Suite(.enabled(if: TestDatabase.isEnabled)) struct LightSyncSimulatorTests {
    @Test func lightSyncWritesOnlyPricesAndMinuteBarsAfterAFullSync() async throws {
        try await withTemporaryDirectory { dir in
            try await withTestDatabase { db in
                try await withSimulator { sim in
                    try await Migrator(database: db).migrate()
                    let client = try SimulatorClients.client(sim, .paper, stateDirectory: dir)
                    let stores = SyncStores(
                        writer: AccountWriter(database: db), runs: SyncRunStore(database: db),
                        state: SyncStateStore(database: db))
                    var clock = SimulatorClients.moment
                    let engine = { @Sendable (at: Date) in
                        SyncEngine(
                            source: client, stores: stores, account: client.configuration.account,
                            mode: client.configuration.mode, now: { at })
                    }
                    let full = try await engine(clock).run()
                    await sim.control.advanceClock(bySeconds: 300)
                    clock.addTimeInterval(300)
                    let callsBefore = await client.apiCallCount()
                    let light = try await engine(clock).run(kind: .light)
                    let calls = await client.apiCallCount() - callsBefore
                    #expect(light.kind == .light && light.holdings == full.holdings)
                    // One quote and one minute-chart call per holding; no balance or order inquiry.
                    #expect(calls == 2 * full.holdings)
                    #expect(light.rows["min_price"] ?? 0 >= full.holdings * 5)
                    #expect(light.rows["daily_price"] == full.holdings)
                    #expect(light.rows["kis_account"] == nil)
                    let runs = try await SyncRunStore(database: db).recent(limit: 1)
                    #expect(runs.first?.kind == .light && runs.first?.outcome == .success)
                }
            }
        }
    }
}
