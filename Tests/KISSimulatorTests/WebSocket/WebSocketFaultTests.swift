import Foundation
import KISDashTestSupport
import Testing

@testable import KISSimulator

@Suite struct WebSocketFaultTests {
    /// Subscribes to 005930 ticks under `rule`, advances the clock by `minutes` and hands over the
    /// frames that arrive.
    func ticks(
        under rule: FaultRule, minutes: Double = 5,
        _ check: (WebSocketTestClient, [String], RunningSimulator) async throws -> Void
    ) async throws {
        try await withSimulator(faults: FaultPlan(rules: [rule])) { sim in
            let h = SimHarness(running: sim)
            let key = await h.approvalKey(.real)
            try await withWebSocket(sim.realWebSocketURL) { ws in
                #expect(try await ws.subscribe(key, "H0STCNT0", "005930").code == "OPSP0000")
                await h.control.advanceClock(bySeconds: minutes * 60)
                try await check(ws, try await ws.drain(queuedBy: sim.control), sim)
            }
            #expect(await sim.control.stats().real.faults[rule.kind.rawValue] ?? 0 >= 1)
        }
    }

    @Test func dropClosesTheSocketMidBurst() async throws {
        try await ticks(under: FaultRule(route: "H0STCNT0", kind: .wsDrop, calls: [2])) { ws, frames, _ in
            #expect(frames.count == 2)
            #expect(await ws.closes(within: 45))
        }
    }

    @Test func stallKeepsTheSocketOpenButSilent() async throws {
        try await ticks(under: FaultRule(route: "H0STCNT0", kind: .wsStall, calls: [2])) { ws, frames, sim in
            #expect(frames.count == 1)
            await sim.control.sendPing()
            let quiet = try await ws.drain(queuedBy: sim.control)
            #expect(quiet.isEmpty && !ws.inbox.isClosed)
            let session = try #require(await sim.control.webSocketSessions().first, "the socket stays open")
            #expect(session.isStalled)
        }
    }

    @Test func garbageFrameBeforeARecord() async throws {
        try await ticks(under: FaultRule(route: "ws", kind: .wsGarbage, calls: [1])) { _, frames, _ in
            try #require(frames.count >= 3)
            #expect(DataFrame(frames[0]) == nil && DataFrame(frames[1]) != nil)
        }
    }

    @Test func extraTrailingFields() async throws {
        try await ticks(under: FaultRule(route: "*", kind: .wsExtraFields, extraFields: 3)) { _, frames, _ in
            #expect(!frames.isEmpty)
            for frame in frames {
                let fields = try #require(DataFrame(frame)).fields()
                #expect(fields.count == 49 && fields.last == "EXTRA3")
            }
        }
    }

    @Test func multiRecordFrame() async throws {
        try await ticks(under: FaultRule(route: "H0STCNT0", kind: .wsMultiRecord)) { _, frames, _ in
            try #require(frames.count == 1)
            let data = try #require(DataFrame(frames[0]))
            #expect(data.count > 1 && data.count < 10)
            #expect(try data.fields().count == 46 * data.count)
        }
    }

    @Test func duplicatedRecord() async throws {
        try await ticks(under: FaultRule(route: "H0STCNT0", kind: .wsDuplicate, calls: [1])) {
            _, frames, _ in
            try #require(frames.count >= 3)
            #expect(frames[0] == frames[1] && frames[1] != frames[2])
        }
    }

    @Test func approvalRefusedOnce() async throws {
        try await withSimulator(faults: FaultPlan(rules: [FaultRule(route: "*", kind: .wsApprovalRefused, calls: [1])]))
        {
            sim in
            let h = SimHarness(running: sim)
            let key = await h.approvalKey(.real)
            try await withWebSocket(sim.realWebSocketURL) { ws in
                let refused = try await ws.subscribe(key, "H0STCNT0", "005930")
                let accepted = try await ws.subscribe(key, "H0STCNT0", "005930")
                #expect(refused.code == "OPSP0011" && accepted.code == "OPSP0000")
            }
        }
    }

    @Test func extraFieldsInsideEncryptedNotices() async throws {
        let plan = FaultPlan(rules: [FaultRule(route: "H0STCNI0", kind: .wsExtraFields, calls: [1])])
        try await withSimulator(scenario: OrderScenario.make(), faults: plan) { sim in
            let h = SimHarness(running: sim)
            let key = await h.approvalKey(.real)
            try await withWebSocket(sim.realWebSocketURL) { ws in
                let ack = try await ws.subscribe(key, "H0STCNI0", "ordersreal")
                _ = await h.order(.real, OrderScenario.thin, qty: 10, price: 7_000)
                let record = try await ws.notices(1, ack: ack)[0]
                #expect(record.fields.count == 28 && record.fields.suffix(2) == ["EXTRA1", "EXTRA2"])
            }
        }
    }
}
