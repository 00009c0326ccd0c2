import Foundation
import KISDashTestSupport
import LibPQ
import PortfolioModel
import Testing

@testable import Storage

@Suite(.requiresDatabase) struct StoreTests {
    @Test func dashboardStoreSessionRefusesWrites() async throws {
        try await withMigratedDatabase { db in
            let store = DashboardStore(database: db)
            #expect(store.database.configuration.readOnly)
            let error = await #expect(throws: PGError.self) {
                try await store.database.withConnection { conn in
                    try conn.execute(
                        "INSERT INTO sync_run (started_at, mode, kind, account_no) VALUES (now(), 'real', 'full', 'x')")
                }
            }
            #expect(error?.code == .readOnlyTransaction)
        }
    }

    @Test func syncRunIsRecordedAndFinishedOnOneLine() async throws {
        let f = try Fixtures()
        try await withMigratedDatabase { db in
            let runs = SyncRunStore(database: db)
            let start = f.day.at(f.time(10, 0))
            let id = try await runs.begin(account: f.account, mode: .paper, kind: .full, startedAt: start)
            #expect(try await runs.recent(limit: 5).first?.outcome == .running)
            try await runs.finish(
                id: id, endedAt: start.addingTimeInterval(3), outcome: .failure, apiCalls: 7,
                rows: ["min_price": 10, "kis_account": 1], errorClass: "KISError.rateLimited",
                message: "first line\nsecond line")
            let record = try #require(try await runs.recent(limit: 5).first)
            #expect(record.id == id)
            #expect(record.account == f.account)
            #expect(record.mode == .paper)
            #expect(record.kind == .full)
            #expect(record.outcome == .failure)
            #expect(record.apiCalls == 7)
            #expect(record.rows == ["min_price": 10, "kis_account": 1])
            #expect(record.message == "first line second line")
            #expect(record.endedAt == start.addingTimeInterval(3))
            let missing = await #expect(throws: StorageError.self) {
                try await runs.finish(
                    id: id + 99, endedAt: start, outcome: .success, apiCalls: 0, rows: [:], errorClass: nil,
                    message: nil)
            }
            #expect(missing?.code == .notFound)
        }
    }

    @Test func syncStateReportsLastMinuteAndCoverageWhichOnlyMovesForward() async throws {
        let f = try Fixtures()
        try await withMigratedDatabase { db in
            let writer = AccountWriter(database: db)
            var batch = f.batch()
            _ = try await writer.write(batch)
            let state = SyncStateStore(database: db)
            let codes = Array(Set(batch.minuteBars.map(\.code)))
            let last = try await state.lastMinuteBars(for: codes + [f.kakao], on: f.day)
            #expect(last.count == 2)
            #expect(last.values.allSatisfy { $0 == f.day.at(f.time(9, 4)) })
            #expect(try await state.lastMinuteBars(for: codes, on: f.day.adding(days: 1)).isEmpty)
            #expect(try await state.dailyCoverage(for: [f.samsung, f.hynix]) == [f.samsung: f.day.adding(days: -1)])

            batch.dailyCoverage = [f.samsung: f.day.adding(days: -5)]
            batch.fetchedAt = f.day.at(f.time(10, 10))
            let result = try await writer.write(batch)
            #expect(result.rows["daily_price_coverage"] == 0)
            #expect(try await state.dailyCoverage(for: [f.samsung]) == [f.samsung: f.day.adding(days: -1)])
        }
    }

    @Test func storageErrorsNeverContainTheAccountNumber() async throws {
        let f = try Fixtures()
        try await withMigratedDatabase { db in
            var batch = f.batch()
            batch.balance.holdings[0].currentPrice = KRW(-5)
            let error = await #expect(throws: StorageError.self) { try await AccountWriter(database: db).write(batch) }
            let text = error.map { "\($0) \(String(reflecting: $0))" } ?? ""
            #expect(!text.contains("12345678"))
            #expect(text.contains("kis_holding"))
        }
    }
}
