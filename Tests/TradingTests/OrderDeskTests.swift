import Foundation
import KISAPI
import KISDashTestSupport
import KISSimulator
import PortfolioModel
import Storage
import Testing
import Trading

/// Preview → code → confirm against the simulator and real PostgreSQL, and every refusal of the code.
@Suite(.enabled(if: TestDatabase.isEnabled)) struct OrderDeskTests {
    @Test(arguments: [SimulatorSide.paper, .real])
    func aConfirmedLimitBuyIsPlacedOnceAndJournaled(side: SimulatorSide) async throws {
        try await TradingHarness.with(side) { h in
            let desk = try h.desk()
            let preview = try await desk.preview(.make(.buy, "005930", "삼성전자", 10, price: 103_000))
            guard case .place(let plan) = preview.pending.action else { Issue.record("not an order"); return }
            #expect(plan.estimatedAmount == KRW(1_030_000))
            #expect(plan.commission == KRW(154))
            #expect(preview.code.count == 4)
            let outcome = try await desk.confirm(preview.code.lowercased())
            guard case .placed(let order, let viaLookup) = outcome else { Issue.record("\(outcome)"); return }
            #expect(!viaLookup)
            let account = try #require(await h.sim.control.account(h.side))
            #expect(account.order(order.orderNumber)?.filledQuantity == 10)
            await #expect(throws: TradingError.self) { _ = try await desk.confirm(preview.code) }
            let journaled = try await h.journal.orders(
                account: h.client().configuration.account, mode: h.mode, on: TradeDate(TradingHarness.moment))
            #expect(journaled.map(\.orderNumber) == [order.orderNumber])
            let events = try await h.journal.events(
                account: h.client().configuration.account, mode: h.mode, since: Date(timeIntervalSince1970: 0))
            #expect(events.map(\.kind) == [.previewed, .sent, .accepted])
            #expect(!events.description.contains(preview.code), "the code is never journaled")
            let digits = try h.client().configuration.account.cano
            #expect(!events.description.contains(digits), "nor the account's digits")
        }
    }

    @Test func threeWrongCodesVoidTheOrder() async throws {
        try await TradingHarness.with { h in
            let desk = try h.desk()
            let before = try #require(await h.sim.control.account(.paper)).orders.count
            let preview = try await desk.preview(.make(.buy, "005930", "삼성전자", 1, price: 100_000))
            let wrong = preview.code == "AAAA" ? "CCCC" : "AAAA"
            for attempt in 1...3 {
                let error = await #expect(throws: TradingError.self) { _ = try await desk.confirm(wrong) }
                #expect(error?.code == .codeRefused, "attempt \(attempt)")
            }
            let gone = await #expect(throws: TradingError.self) { _ = try await desk.confirm(preview.code) }
            #expect(gone?.code == .noPendingOrder)
            #expect(await h.sim.control.account(.paper)?.orders.count == before, "nothing was sent")
        }
    }

    @Test func anExpiredCodeIsRefusedAndNothingIsSent() async throws {
        try await TradingHarness.with { h in
            let desk = try h.desk()
            let before = try #require(await h.sim.control.account(.paper)).orders.count
            let preview = try await desk.preview(.make(.buy, "005930", "삼성전자", 1, price: 100_000))
            h.clock.advance(seconds: 121)
            let error = await #expect(throws: TradingError.self) { _ = try await desk.confirm(preview.code) }
            #expect(error?.code == .codeRefused)
            #expect(error?.message.contains("expired") == true)
            #expect(await h.sim.control.account(.paper)?.orders.count == before)
        }
    }

    @Test func aSecondProcessConfirmsButTwoRacingConfirmationsPlaceOneOrder() async throws {
        try await TradingHarness.with { h in
            let before = try #require(await h.sim.control.account(.paper)).orders.count
            let preview = try await h.desk().preview(.make(.buy, "005930", "삼성전자", 2, price: 103_000))
            let (a, b) = (try h.desk(), try h.desk())
            async let first = Result(catching: { try await a.confirm(preview.code) })
            async let second = Result(catching: { try await b.confirm(preview.code) })
            let results = await [first, second]
            let placed = results.filter { if case .success(.placed) = $0 { true } else { false } }
            #expect(placed.count == 1)
            #expect(await h.sim.control.account(.paper)?.orders.count == before + 1)
        }
    }

    @Test func aCodeForPaperIsRefusedOnTheRealDomain() async throws {
        try await TradingHarness.with(.paper) { paper in
            _ = try await paper.desk().preview(.make(.buy, "005930", "삼성전자", 1, price: 100_000))
            let real = TradingHarness(
                sim: paper.sim, database: paper.database, directory: paper.directory, side: .real, clock: paper.clock)
            let pending = try #require(try PendingOrderFile(directory: paper.directory).peek())
            let error = await #expect(throws: TradingError.self) { _ = try await real.desk().confirm("ANY1") }
            #expect(error?.code == .codeRefused)
            #expect(pending.mode == .paper)
        }
    }

    @Test(arguments: [SimulatorSide.paper, .real])
    func aRestingOrderIsCancelledOnceAndAFinishedOneHasNothingLeft(side: SimulatorSide) async throws {
        try await TradingHarness.with(side) { h in
            let desk = try h.desk()
            let resting = try await desk.preview(.make(.buy, "005930", "삼성전자", 3, price: 100_000))
            guard case .placed(let order, _) = try await desk.confirm(resting.code) else {
                Issue.record("not placed"); return
            }
            let wrongStock = await #expect(throws: TradingError.self) {
                _ = try await desk.previewCancel(
                    CancelRequest(code: StockCode("000660")!, orderNumber: order.orderNumber))
            }
            #expect(wrongStock?.message.contains("is for 005930") == true)
            let cancel = try await desk.previewCancel(
                CancelRequest(code: StockCode("005930")!, orderNumber: order.orderNumber))
            guard case .cancel(let target) = cancel.pending.action else { Issue.record("not a cancel"); return }
            #expect(target.openQuantity == 3)
            guard case .placed(let cancelled, _) = try await desk.confirm(cancel.code) else {
                Issue.record("cancel not placed"); return
            }
            #expect(cancelled.kind == .cancel && cancelled.originalOrderNumber == order.orderNumber)
            let account = try #require(await h.sim.control.account(h.side))
            #expect(account.order(order.orderNumber)?.remainingQuantity == 0)
            let finished = await #expect(throws: TradingError.self) {
                _ = try await desk.previewCancel(
                    CancelRequest(code: StockCode("005930")!, orderNumber: order.orderNumber))
            }
            #expect(finished?.message.contains("nothing left to cancel") == true)
        }
    }

    @Test func aRealNXTLimitOrderIsPlacedOnNXT() async throws {
        try await TradingHarness.with(.real) { h in
            let desk = try h.desk()
            let preview = try await desk.preview(.make(.buy, "005930", "삼성전자", 1, price: 100_000, venue: .nxt))
            guard case .place(let plan) = preview.pending.action else { Issue.record("not an order"); return }
            #expect(plan.session == "메인마켓")
            guard case .placed(let order, _) = try await desk.confirm(preview.code) else {
                Issue.record("not placed"); return
            }
            #expect(order.venue == .nxt)
        }
    }
}

extension Result where Failure == any Error {
    init(catching body: () async throws -> Success) async {
        do { self = .success(try await body()) } catch { self = .failure(error) }
    }
}
