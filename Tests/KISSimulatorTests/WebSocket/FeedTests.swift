import Foundation
import KISDashTestSupport
import Testing

@testable import KISSimulator

@Suite struct FeedTests {
    @Test func ticksOnePerMinuteBarAsTheClockAdvances() async throws {
        try await withSimulator { sim in
            let h = SimHarness(running: sim)
            let key = await h.approvalKey(.real)
            try await withWebSocket(sim.realWebSocketURL) { ws in
                let ack = try await ws.subscribe(key, "H0STCNT0", "005930")
                #expect(ack.encrypt == "N")
                let before = await h.state.tradedBar("005930")
                await h.control.advanceClock(bySeconds: 180)
                let after = await h.state.tradedBar("005930")
                let frames = try await ws.drain(queuedBy: sim.control)
                #expect(frames.count == after.index - before.index && frames.count >= 2)
                for frame in frames {
                    let data = try #require(DataFrame(frame))
                    #expect(!data.encrypted && data.trID == "H0STCNT0" && data.count == 1)
                    let fields = try data.fields()
                    #expect(fields.count == 46 && fields[0] == "005930" && fields[33] == "20251204")
                }
                let times = try frames.map { try #require(DataFrame($0)).fields()[1] }
                #expect(times == times.sorted() && Set(times).count == times.count)
                #expect(times.last.map { $0 <= "103300" } == true)
            }
        }
    }

    @Test func pingPongIsSentAndBothAnswersAreAccepted() async throws {
        try await withSimulator { sim in
            var limits = await sim.control.limits()
            limits.webSocketPingInterval = 0.2
            await sim.control.setLimits(limits)
            let h = SimHarness(running: sim)
            let key = await h.approvalKey(.real)
            try await withWebSocket(sim.realWebSocketURL) { ws in
                let ping = try await ws.next(within: 45)
                #expect(ping == #"{"header":{"tr_id":"PINGPONG","datetime":"20251204103000"}}"#)
                ws.send(ping)
                ws.pong(ping)
                let ack = try await ws.subscribe(key, "H0STCNT0", "005930")
                #expect(ack.code == "OPSP0000", "the echo was not taken for a malformed subscribe")
                let session = try #require(await sim.control.webSocketSessions().first)
                #expect(session.pingEchoes == 1 && session.pingsSent >= 1)
            }
        }
    }

    @Test func pingOnDemandAndControlRoutes() async throws {
        try await withSimulator { sim in
            let h = SimHarness(running: sim)
            try await withWebSocket(sim.paperWebSocketURL) { ws in
                try await sim.control.awaitWebSocketSessions(1)
                await sim.control.sendPing()
                let first = try await ws.next(within: 45)
                #expect(first.contains(#""tr_id":"PINGPONG""#))
                _ = await h.send(.paper, "POST", "/__sim/ws/ping", body: Array(#"{"side":"paper"}"#.utf8))
                let second = try await ws.next(within: 45)
                #expect(second.contains(#""tr_id":"PINGPONG""#))
                let listed = await h.send(.real, "GET", "/__sim/ws/sessions")
                let sessions = listed.json["sessions"] as? [[String: Any]]
                #expect(sessions?.count == 1 && sessions?.first?["side"] as? String == "paper")
                _ = await h.send(.real, "POST", "/__sim/ws/drop")
                #expect(await ws.closes(within: 45))
            }
            try await sim.control.awaitWebSocketSessions(0)
        }
    }

    @Test func dropAllFromCode() async throws {
        try await withSimulator { sim in
            try await withWebSocket(sim.realWebSocketURL) { ws in
                try await sim.control.awaitWebSocketSessions(1)
                await sim.control.dropWebSocketConnections()
                #expect(await ws.closes(within: 45))
            }
        }
    }
}

extension SimulatorState {
    /// The last traded minute bar of `code` now.
    func tradedBar(_ code: String) -> BarPosition { market.tradedBar(code, at: now) }
}
