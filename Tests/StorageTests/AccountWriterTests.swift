import Foundation
import KISDashTestSupport
import LibPQ
import PortfolioModel
import Testing

@testable import Storage

@Suite(.requiresDatabase) struct AccountWriterTests {
    @Test func sameBatchTwiceWritesNoDuplicatesAndOnlyMovesConfirmedAt() async throws {
        let f = try Fixtures()
        try await withMigratedDatabase { db in
            let writer = AccountWriter(database: db)
            let store = DashboardStore(database: db)
            let first = try await writer.write(f.batch())
            #expect(first.isNewSnapshot)
            #expect(first.rows["kis_holding"] == 2)
            #expect(first.rows["kis_execution"] == 1)
            #expect(first.rows["min_price"] == 10)
            let countsAfterFirst = try await store.tableCounts()

            let later = f.day.at(f.time(10, 10))
            let second = try await writer.write(f.batch(fetchedAt: later))
            #expect(!second.isNewSnapshot)
            #expect(second.snapshotID == first.snapshotID)
            #expect(second.rows["kis_account"] == 1)  // confirmed_at moved
            for table in ["kis_holding", "kis_order_detail", "kis_execution", "daily_price", "min_price"] {
                #expect(second.rows[table] == 0, "\(table) was rewritten")
            }
            #expect(try await store.tableCounts() == countsAfterFirst)
            let snapshot = try #require(try await store.latestSnapshot(account: f.account, mode: .paper))
            #expect(snapshot.snapshotAt == f.day.at(f.time(10, 0)))
            #expect(snapshot.confirmedAt == later)
        }
    }

    @Test func changedBalanceInsertsANewSnapshot() async throws {
        let f = try Fixtures()
        try await withMigratedDatabase { db in
            let writer = AccountWriter(database: db)
            let first = try await writer.write(f.batch())
            let second = try await writer.write(f.batch(fetchedAt: f.day.at(f.time(10, 10)), samsungPrice: 72_000))
            #expect(second.isNewSnapshot)
            #expect(second.snapshotID != first.snapshotID)
            let snapshot = try #require(
                try await DashboardStore(database: db).latestSnapshot(account: f.account, mode: .paper))
            #expect(snapshot.id == second.snapshotID)
            #expect(snapshot.holdings.first { $0.code == f.samsung }?.currentPrice == KRW(72_000))
            let counts = try await DashboardStore(database: db).tableCounts()
            #expect(counts["kis_account"] == 2)
            #expect(counts["kis_holding"] == 4)
            #expect(counts["kis_execution"] == 1)
        }
    }

    @Test func soldOutHoldingIsNotCarriedAndEverythingRoundTrips() async throws {
        let f = try Fixtures()
        try await withMigratedDatabase { db in
            let batch = f.batch()
            _ = try await AccountWriter(database: db).write(batch)
            let store = DashboardStore(database: db)
            let snapshot = try #require(try await store.latestSnapshot(account: f.account, mode: .paper))
            #expect(snapshot.holdings.map(\.code) == [f.hynix, f.samsung])
            #expect(!snapshot.holdings.contains { $0.code == f.kakao })
            #expect(snapshot.summary == batch.balance.summary)
            #expect(snapshot.holdings == batch.balance.heldPositions.sorted { $0.code < $1.code })
            #expect(snapshot.unfilled == batch.unfilled)
            #expect(try await store.orders(account: f.account, mode: .paper, on: f.day) == batch.orders)
            #expect(try await store.executions(account: f.account, mode: .paper, on: f.day) == batch.executions)
            let bars = try await store.dailyBars(for: [f.samsung], from: f.day.adding(days: -7), through: f.day)
            #expect(bars[f.samsung] == batch.dailyBars)
            let minutes = try await store.minuteBars(for: batch.minuteBars.map(\.code), on: f.day)
            #expect(
                minutes.values.flatMap { $0 }.sorted { ($0.code, $0.minute) < ($1.code, $1.minute) } == batch.minuteBars
            )
            #expect(try await store.latestSnapshot(account: f.account, mode: .real) == nil)
        }
    }

    @Test func laterFillOfTheSameOrderUpdatesItsExecutionRow() async throws {
        let f = try Fixtures()
        try await withMigratedDatabase { db in
            let writer = AccountWriter(database: db)
            var batch = f.batch()
            let partial = f.order("0000117057", f.samsung, filled: 4, at: f.time(9, 1, 2))
            batch.orders[0] = partial
            batch.executions = [Execution(order: partial, commission: KRW(42), tax: .zero)]
            _ = try await writer.write(batch)
            let full = try await writer.write(f.batch(fetchedAt: f.day.at(f.time(10, 10))))
            #expect(full.rows["kis_execution"] == 1)
            let executions = try await DashboardStore(database: db).executions(
                account: f.account, mode: .paper, on: f.day)
            #expect(executions.count == 1)
            #expect(executions.first?.order.filledQuantity == 10)
            #expect(executions.first?.commission == KRW(106))
        }
    }

    @Test func constraintViolationInTheLastTableRollsBackTheWholeBatch() async throws {
        let f = try Fixtures()
        try await withMigratedDatabase { db in
            var batch = f.batch()
            batch.minuteBars[batch.minuteBars.count - 1].low = KRW(-1)
            let error = await #expect(throws: StorageError.self) { try await AccountWriter(database: db).write(batch) }
            #expect(error?.code == .database(.checkViolation))
            #expect(error?.message.contains("min_price") == true)
            let counts = try await DashboardStore(database: db).tableCounts()
            for table in [
                "kis_account", "kis_holding", "kis_unfilled_order", "kis_order_detail", "kis_execution",
                "daily_price", "daily_price_coverage", "min_price",
            ] {
                #expect(counts[table] == 0, "\(table) kept rows of a failed batch")
            }
        }
    }

    @Test func duplicateRowsInOneBatchAreMergedNotRejected() async throws {
        let f = try Fixtures()
        try await withMigratedDatabase { db in
            var batch = f.batch()
            batch.minuteBars += batch.minuteBars.prefix(3)
            batch.orders += batch.orders
            let result = try await AccountWriter(database: db).write(batch)
            #expect(result.rows["min_price"] == 10)
            #expect(result.rows["kis_order_detail"] == 2)
        }
    }

    @Test func bulkUpsertOf7800MinuteBarsStoresEveryRowOnce() async throws {
        let f = try Fixtures()
        try await withMigratedDatabase { db in
            var batch = f.batch()
            batch.minuteBars = f.minuteBars(stocks: 20, minutes: 390)
            let first = try await AccountWriter(database: db).write(batch)
            #expect(first.rows["min_price"] == 7_800)
            batch.minuteBars = f.minuteBars(stocks: 20, minutes: 390, base: 80_000)
            let changed = try await AccountWriter(database: db).write(batch)
            #expect(changed.rows["min_price"] == 7_800)
            let again = try await AccountWriter(database: db).write(batch)
            #expect(again.rows["min_price"] == 0)
            #expect(try await DashboardStore(database: db).tableCounts()["min_price"] == 7_800)
        }
    }
}
