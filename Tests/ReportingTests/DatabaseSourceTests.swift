import Dashboard
import Foundation
import KISDashTestSupport
import LibPQ
import PortfolioModel
import Storage
import Testing

@testable import Reporting

/// The dashboard read back from PostgreSQL, as `kisdash render` does by default.
@Suite(.requiresDatabase) struct DatabaseSourceTests {
    private func store(_ data: DashboardData, in db: Database) async throws {
        try await Migrator(database: db).migrate()
        let orders = data.executions.map(\.order)
        let batch = SyncBatch(
            account: data.account, mode: data.mode, fetchedAt: data.dataAsOf, tradeDate: data.tradeDate,
            balance: BalanceSnapshot(summary: data.summary, holdings: data.holdings), orders: orders,
            executions: data.executions, unfilled: data.unfilled, dailyBars: data.dailyBars.values.flatMap { $0 },
            minuteBars: data.minuteBars.values.flatMap { $0 })
        _ = try await AccountWriter(database: db).write(batch)
    }

    @Test func theStoredAccountComesBackWhole() async throws {
        try await withTestDatabase { db in
            let original = SampleDashboard().make()
            try await store(original, in: db)
            let loaded = try await DashboardDataLoader(account: original.account, mode: original.mode).fromDatabase(
                DashboardStore(database: db), now: original.now, market: original.market, diagnosis: original.diagnosis)
            #expect(loaded.summary == original.summary)
            #expect(Set(loaded.holdings.map(\.code)) == Set(original.holdings.map(\.code)))
            #expect(loaded.executions.count == original.executions.count)
            #expect(loaded.unfilled.count == original.unfilled.count)
            for holding in original.holdings {
                #expect(loaded.minuteBars[holding.code]?.count == original.minuteBars[holding.code]?.count)
                #expect(loaded.dailyBars[holding.code]?.count == original.dailyBars[holding.code]?.count)
            }
            #expect(loaded.dataAsOf == original.dataAsOf)
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("db-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: folder) }
            let result = try await DashboardRenderer(template: .standard).render(
                loaded, to: folder.appendingPathComponent("d.pdf"))
            #expect(result.pages >= 3)
        }
    }

    @Test func anEmptyDatabaseSaysToSyncFirst() async throws {
        try await withTestDatabase { db in
            try await Migrator(database: db).migrate()
            await #expect {
                _ = try await DashboardDataLoader(account: SampleDashboard.account, mode: .paper).fromDatabase(
                    DashboardStore(database: db), now: SampleDashboard.moment, market: .closed(reason: "장 마감"),
                    diagnosis: .none(reason: "-"))
            } throws: { error in
                (error as? ReportError)?.code == .noData && "\(error)".contains("kisdash sync")
            }
        }
    }
}
