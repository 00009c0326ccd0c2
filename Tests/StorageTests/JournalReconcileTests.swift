import Foundation
import KISDashTestSupport
import LibPQ
import PortfolioModel
import Storage
import Testing

/// The sync brings the order journal in line with KIS: statuses, one execution row per filled increase, a
/// STATUS event per change, and nothing when nothing changed.
@Suite(.enabled(if: TestDatabase.isEnabled)) struct JournalReconcileTests {
    func journaled(_ f: Fixtures, _ number: String) -> JournalOrder {
        JournalOrder(
            requestID: "req-\(number)", kind: .new, orderDate: f.day, orderNumber: number, branch: "06010",
            code: f.hynix, name: "SK하이닉스", side: .buy, venue: .krx, orderType: .limit, quantity: 10,
            price: KRW(71_000), orderedAt: f.day.at(f.time(9, 5)))
    }

    func batch(_ f: Fixtures, filled: Int64, remaining: Int64, cancelled: Bool = false, at minute: Int) -> SyncBatch {
        var b = f.batch(fetchedAt: f.day.at(f.time(10, minute)))
        var order = f.order("0000117058", f.hynix, filled: filled, at: f.time(9, 5))
        order.remainingQuantity = remaining
        order.isCancelled = cancelled
        b.orders = [b.orders[0], order]
        b.unfilled = []
        return b
    }

    func state(_ db: Database) async throws -> [(String, Int64, Int64)] {
        try await db.withConnection { conn in
            try conn.query(
                "SELECT status, filled_qty, filled_amt FROM trade_orders ORDER BY id", as: (String, Int64, Int64).self)
        }
    }

    @Test func partialThenFullFillsAreReconciledOnce() async throws {
        try await withMigratedDatabase { db in
            let f = try Fixtures()
            let journal = TradeJournal(database: db)
            let order = journaled(f, "0000117058")
            try await journal.recordAccepted(
                order,
                event: TradeEvent(
                    requestID: order.requestID, orderNumber: order.orderNumber, kind: .accepted, detail: [:],
                    recordedAt: order.orderedAt),
                account: f.account, mode: .paper)
            let writer = AccountWriter(database: db)
            let partial = try await writer.write(batch(f, filled: 4, remaining: 6, at: 1))
            #expect(partial.rows["trade_orders"] == 1)
            #expect(try await state(db).first! == ("PARTIALLY_FILLED", 4, 284_000))
            _ = try await writer.write(batch(f, filled: 10, remaining: 0, at: 2))
            #expect(try await state(db).first! == ("FILLED", 10, 710_000))
            let again = try await writer.write(batch(f, filled: 10, remaining: 0, at: 3))
            #expect(again.rows["trade_orders"] == nil, "nothing changed")
            let fills = try await db.withConnection { conn in
                try conn.query(
                    "SELECT exec_qty, exec_amount FROM trade_executions ORDER BY id", as: (Int64, Int64).self)
            }
            #expect(fills.map(\.0) == [4, 6] && fills.map(\.1) == [284_000, 426_000])
            let events = try await journal.events(
                account: f.account, mode: .paper, since: Date(timeIntervalSince1970: 0))
            #expect(events.map(\.kind) == [.accepted, .status, .status])
            #expect(events.last?.detail["to"] == "FILLED")
        }
    }

    @Test func aCancelledRestAndAnotherAccountsOrdersAreKeptApart() async throws {
        try await withMigratedDatabase { db in
            let f = try Fixtures()
            let journal = TradeJournal(database: db)
            let order = journaled(f, "0000117058")
            let event = TradeEvent(
                requestID: order.requestID, kind: .accepted, detail: [:], recordedAt: order.orderedAt)
            try await journal.recordAccepted(order, event: event, account: f.account, mode: .paper)
            let other = try #require(AccountNumber("87654321-01"))
            var theirs = order
            theirs.requestID = "req-other"
            try await journal.recordAccepted(theirs, event: event, account: other, mode: .paper)
            _ = try await AccountWriter(database: db).write(batch(f, filled: 4, remaining: 0, cancelled: true, at: 1))
            let rows = try await state(db)
            #expect(rows.map(\.0) == ["CANCELLED", "PENDING"])
            let stored = try await db.withConnection { conn in
                try conn.query("SELECT DISTINCT account_no FROM trade_orders", as: String.self)
            }
            #expect(Set(stored) == ["1234****-01", "8765****-01"], "the journal holds masked accounts only")
        }
    }

    @Test func theEventTableIsAppendOnly() async throws {
        try await withMigratedDatabase { db in
            let f = try Fixtures()
            let journal = TradeJournal(database: db)
            try await journal.append(
                TradeEvent(requestID: "r", kind: .previewed, detail: ["code": "005930"], recordedAt: Date()),
                account: f.account, mode: .paper)
            await #expect(throws: (any Error).self) {
                try await db.withConnection { conn in try conn.execute("UPDATE trade_order_events SET event = 'SENT'") }
            }
            await #expect(throws: (any Error).self) {
                try await db.withConnection { conn in try conn.execute("DELETE FROM trade_order_events") }
            }
            #expect(
                try await journal.events(account: f.account, mode: .paper, since: Date(timeIntervalSince1970: 0)).count
                    == 1)
        }
    }

    @Test func aFillNoticeThatBeatsItsOrdersRowIsAppliedWhenTheRowIsWritten() async throws {
        try await withMigratedDatabase { db in
            let f = try Fixtures()
            let fill = ExecutionNotice(
                kind: .fill, htsID: "hts", account: f.account, orderNumber: "0000117058", originalOrderNumber: nil,
                side: .buy, orderTypeCode: "00", condition: .none, code: f.hynix, name: "SK하이닉스", quantity: 4,
                price: KRW(71_000), time: f.time(9, 6), venue: .krx, routedTo: .krx, branch: "06010", orderQuantity: 10,
                orderPrice: KRW(71_000), stopPrice: nil)
            let stored = try await FeedStore(database: db).record(
                [fill, fill], day: f.day, account: f.account, mode: .paper, receivedAt: f.day.at(f.time(9, 6)))
            #expect(stored == 1, "a duplicated notice is one row")
            let order = journaled(f, "0000117058")
            try await TradeJournal(database: db).recordAccepted(
                order,
                event: TradeEvent(
                    requestID: order.requestID, kind: .accepted, detail: [:], recordedAt: order.orderedAt),
                account: f.account, mode: .paper)
            #expect(try await state(db).first! == ("PARTIALLY_FILLED", 4, 284_000))
            _ = try await AccountWriter(database: db).write(batch(f, filled: 4, remaining: 6, at: 1))
            let fills = try await db.withConnection { conn in
                try conn.query("SELECT coalesce(sum(exec_qty), 0)::bigint FROM trade_executions", as: Int64.self)
            }
            #expect(fills == [4], "the sync adds nothing the feed already counted")
        }
    }
}
