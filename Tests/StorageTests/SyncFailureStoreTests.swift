import Foundation
import KISDashTestSupport
import LibPQ
import PortfolioModel
import Testing

@testable import Storage

/// What the dashboard reads for its failed-sync banner: the newest finished sync, if it failed.
@Suite(.requiresDatabase) struct SyncFailureStoreTests {
    @Test func theNewestFinishedSyncDecidesAndTheLastSuccessIsNamed() async throws {
        let f = try Fixtures()
        try await withMigratedDatabase { db in
            let runs = SyncRunStore(database: db)
            let store = DashboardStore(database: db)
            func sync(_ minute: Int, _ outcome: SyncOutcome, _ message: String? = nil) async throws {
                let at = f.day.at(f.time(10, minute))
                let id = try await runs.begin(account: f.account, mode: .paper, kind: .full, startedAt: at)
                guard outcome != .running else { return }
                try await runs.finish(
                    id: id, endedAt: at.addingTimeInterval(5), outcome: outcome, apiCalls: 1, rows: [:],
                    errorClass: nil, message: message)
            }
            #expect(try await store.latestSyncFailure(account: f.account, mode: .paper) == nil, "no sync yet")
            try await sync(0, .success)
            try await sync(10, .failure, "balance: KISError.timeout")
            try await sync(20, .interrupted)
            try await sync(30, .running)
            let failure = try #require(try await store.latestSyncFailure(account: f.account, mode: .paper))
            #expect(failure.failedAt == f.day.at(f.time(10, 10)).addingTimeInterval(5))
            #expect(failure.lastSuccessAt == f.day.at(f.time(10, 0)).addingTimeInterval(5))
            #expect(failure.message == "balance: KISError.timeout")
            #expect(try await store.latestSyncFailure(account: f.account, mode: .real) == nil, "per mode")

            try await sync(40, .success)
            #expect(try await store.latestSyncFailure(account: f.account, mode: .paper) == nil)
            // Begun later, though its (replayed, `--now`) clock says earlier: the order rows were begun decides.
            try await sync(35, .failure, "orders: KISError.transport")
            let later = try await store.latestSyncFailure(account: f.account, mode: .paper)
            #expect(later?.message == "orders: KISError.transport")
            #expect(later?.lastSuccessAt == f.day.at(f.time(10, 40)).addingTimeInterval(5))
        }
    }

    @Test func aRunningRowNamesItsProcessAndCanBeMarkedAbandonedOnce() async throws {
        let f = try Fixtures()
        try await withMigratedDatabase { db in
            let owner = RunOwner(pid: 4242, host: "cron-box", bootID: "boot-1", processStart: 77)
            let start = f.day.at(f.time(10, 0))
            let id = try await SyncRunStore(database: db).begin(
                account: f.account, mode: .paper, kind: .full, startedAt: start, owner: owner)
            #expect(try await SyncRunStore(database: db).recent(limit: 1).first?.owner == owner)
            let liveness = RunLivenessStore(database: db)
            let rows = try await liveness.running(.syncRun, account: f.account, mode: .paper)
            #expect(rows == [RunningRow(table: .syncRun, id: id, kind: "full", startedAt: start, owner: owner)])
            let row = try #require(rows.first)
            #expect(try await liveness.abandon(row, at: start.addingTimeInterval(60), reason: "gone"))
            #expect(try await liveness.abandon(row, at: start.addingTimeInterval(90), reason: "gone") == false)
            let record = try #require(try await SyncRunStore(database: db).recent(limit: 1).first)
            #expect(record.outcome == .abandoned && record.message == "gone")
            #expect(record.endedAt == start.addingTimeInterval(60))
            #expect(try await liveness.running(.syncRun, account: f.account, mode: .paper).isEmpty)
        }
    }
}
