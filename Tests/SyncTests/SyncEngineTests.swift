import Foundation
import KISDashTestSupport
import LibPQ
import PortfolioModel
import Storage
import Testing

@testable import Sync

@Suite(.enabled(if: TestDatabase.isEnabled)) struct SyncEngineTests {
    private func engine(
        _ source: FakeAccountSource, _ db: Database, mode: TradingMode = .paper,
        now: Date = SyncFixtures.now
    ) -> SyncEngine {
        let stores = SyncStores(
            writer: AccountWriter(database: db), runs: SyncRunStore(database: db), state: SyncStateStore(database: db))
        return SyncEngine(source: source, stores: stores, account: SyncFixtures.account, mode: mode, now: { now })
    }

    private func prepared(_ db: Database) async throws {
        _ = try await Migrator(database: db).migrate()
    }

    @Test func firstSyncStoresTheWholeAccountInOneRun() async throws {
        try await withTestDatabase { db in
            try await prepared(db)
            let source = FakeAccountSource(SyncFixtures.script())
            let report = try await engine(source, db).run()
            let counts = try await DashboardStore(database: db).tableCounts()
            #expect(counts["kis_account"] == 1)
            #expect(counts["kis_holding"] == 2)
            #expect(counts["kis_execution"] == 1)
            #expect(counts["kis_order_detail"] == 2)
            #expect(counts["kis_unfilled_order"] == 1)  // paper: the open sell, derived from the daily orders
            #expect(counts["min_price"] == 2 * 91)
            #expect((counts["daily_price"] ?? 0) > 20)
            #expect(report.isNewSnapshot && report.holdings == 2)
            #expect(report.apiCalls == 6)  // balance, orders, 2 daily, 2 minute
            #expect(!source.log.contains("cancellable"))
        }
    }

    @Test func secondSyncWithNoMarketChangeLeavesTheSameRows() async throws {
        try await withTestDatabase { db in
            try await prepared(db)
            let first = FakeAccountSource(SyncFixtures.script())
            _ = try await engine(first, db).run()
            let before = try await DashboardStore(database: db).tableCounts()
            let second = FakeAccountSource(SyncFixtures.script())
            let report = try await engine(second, db, now: SyncFixtures.now.addingTimeInterval(30)).run()
            let after = try await DashboardStore(database: db).tableCounts()
            #expect(before.filter { $0.key != "sync_run" } == after.filter { $0.key != "sync_run" })
            #expect(!report.isNewSnapshot)
            // A later sync: no daily prices (stored), one minute-bar call per holding.
            #expect(report.apiCalls <= 3 + 2)
            #expect(second.log.filter { $0.hasPrefix("daily") }.isEmpty)
        }
    }

    @Test func syncThatFailsHalfwayWritesNothingButItsRun() async throws {
        try await withTestDatabase { db in
            try await prepared(db)
            var script = SyncFixtures.script()
            script.failMinuteBarsOf = SyncFixtures.hynix
            let error = await #expect(throws: SyncError.self) {
                try await engine(FakeAccountSource(script), db).run()
            }
            #expect(error?.step == .minuteBars)
            let counts = try await DashboardStore(database: db).tableCounts()
            for table in [
                "kis_account", "kis_holding", "kis_execution", "kis_order_detail", "min_price", "daily_price",
            ] {
                #expect(counts[table] == 0, "\(table) must stay empty")
            }
            let runs = try await SyncRunStore(database: db).recent(limit: 5)
            #expect(runs.count == 1)
            #expect(runs.first?.outcome == .failure)
            #expect(runs.first?.message?.contains("minute bars") == true)
        }
    }

    @Test func holdingSoldOutIsNotCarriedIntoTheNextSnapshot() async throws {
        try await withTestDatabase { db in
            try await prepared(db)
            _ = try await engine(FakeAccountSource(SyncFixtures.script()), db).run()
            var script = SyncFixtures.script()
            script.balance = SyncFixtures.balance(hynixQty: 0)  // KIS keeps the row with quantity 0 until D+2
            _ = try await engine(FakeAccountSource(script), db, now: SyncFixtures.now.addingTimeInterval(600)).run()
            let latest = try #require(
                try await DashboardStore(database: db).latestSnapshot(account: SyncFixtures.account, mode: .paper))
            #expect(latest.holdings.map(\.code) == [SyncFixtures.samsung])
        }
    }

    @Test func realAccountsAskKISForCancellableOrders() async throws {
        try await withTestDatabase { db in
            try await prepared(db)
            var script = SyncFixtures.script()
            script.cancellable = [UnfilledOrder(openPartOf: SyncFixtures.orders[1])]
            let source = FakeAccountSource(script)
            _ = try await engine(source, db, mode: .real).run()
            #expect(source.log.contains("cancellable"))
            let latest = try await DashboardStore(database: db).latestSnapshot(
                account: SyncFixtures.account, mode: .real)
            #expect(latest?.unfilled.map(\.orderNumber) == ["0000117342"])
        }
    }
}
