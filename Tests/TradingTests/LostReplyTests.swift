import Foundation
import KISAPI
import KISDashTestSupport
import KISSimulator
import PortfolioModel
import Storage
import Testing
import Trading

/// The simulator accepts the order and loses the reply: the desk never sends it again and reports it once.
@Suite(.enabled(if: TestDatabase.isEnabled)) struct LostReplyTests {
    @Test(arguments: [FaultKind.lostReply, .truncated])
    func aHundredLostRepliesNeverMakeASecondOrder(kind: FaultKind) async throws {
        let faults = FaultPlan(rules: [FaultRule(route: "order-cash", kind: kind, rate: 1.0)])
        try await TradingHarness.with(.paper, faults: faults) { h in
            let before = try #require(await h.sim.control.account(.paper)).orders.count
            var placed: [String] = []
            for _ in 0..<100 {
                let desk = try h.desk()
                let preview = try await desk.preview(.make(.buy, "005930", "삼성전자", 1, price: 72_000))
                let outcome = try await desk.confirm(preview.code)
                guard case .placed(let order, let viaLookup) = outcome else {
                    Issue.record("expected placed, got \(outcome)")
                    continue
                }
                #expect(viaLookup)
                placed.append(order.orderNumber)
            }
            let after = try #require(await h.sim.control.account(.paper)).orders.count
            #expect(after - before == 100, "one order per confirmation, never two")
            #expect(Set(placed).count == 100, "each reported once, with its own order number")
        }
    }

    @Test func aGatewayErrorThatDidNotExecuteIsReportedNotPlaced() async throws {
        try await TradingHarness.with(.paper) { h in
            let desk = try h.desk()
            let preview = try await desk.preview(.make(.buy, "005930", "삼성전자", 1, price: 103_000))
            let before = try #require(await h.sim.control.account(.paper)).orders.count
            await h.sim.control.setFaults(FaultPlan(rules: [FaultRule(route: "order-cash", kind: .http500)]))
            let outcome = try await desk.confirm(preview.code)
            guard case .notPlaced(let reason) = outcome else { Issue.record("\(outcome)"); return }
            #expect(reason.contains("KIS lists no such order"))
            #expect(try #require(await h.sim.control.account(.paper)).orders.count == before)
        }
    }

    @Test func whenTheLookupFailsTooTheOutcomeIsUnknown() async throws {
        try await TradingHarness.with(.paper) { h in
            let desk = try h.desk()
            let preview = try await desk.preview(.make(.buy, "005930", "삼성전자", 1, price: 103_000))
            await h.sim.control.setFaults(
                FaultPlan(rules: [
                    FaultRule(route: "order-cash", kind: .lostReply),
                    FaultRule(route: "inquire-daily-ccld", kind: .http500),
                ]))
            let outcome = try await desk.confirm(preview.code)
            guard case .unknown(let reason) = outcome else { Issue.record("\(outcome)"); return }
            #expect(reason.contains("before ordering again"))
            let events = try await h.journal.events(
                account: h.client().configuration.account, mode: .paper, since: Date(timeIntervalSince1970: 0))
            #expect(events.map(\.kind).suffix(3) == [.sent, .outcomeUnknown, .reconciled])
        }
    }

    @Test func aKISRefusalIsFinalAndNotLookedUp() async throws {
        try await TradingHarness.with(.paper) { h in
            let desk = try h.desk()
            let preview = try await desk.preview(.make(.buy, "005930", "삼성전자", 1, price: 103_000))
            // Between preview and confirmation the simulator's day moves past the close: KIS refuses.
            await h.sim.control.setClock(try #require(KISSimulator.KSTTime(parsing: "2025-12-04T15:45:00+09:00")))
            let outcome = try await desk.confirm(preview.code)
            if case .rejected(let code, _) = outcome { #expect(code == "40580000") } else { Issue.record("\(outcome)") }
        }
    }
}
