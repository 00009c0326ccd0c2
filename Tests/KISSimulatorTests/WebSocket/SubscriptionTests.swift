import Foundation
import KISDashTestSupport
import Testing

@testable import KISSimulator

@Suite struct SubscriptionTests {
    @Test func approvalKeyShapeAndListenerURLs() async throws {
        try await withSimulator { sim in
            let h = SimHarness(running: sim)
            let key = await h.approvalKey(.real)
            #expect(key.split(separator: "-").map(\.count) == [8, 4, 4, 4, 12])
            #expect(sim.realWebSocketURL.hasPrefix("ws://127.0.0.1:") && sim.realWebSocketURL.hasSuffix("/tryitout"))
            #expect(sim.webSocketURL(.paper) == sim.paperWebSocketURL && sim.paperWebSocketURL != sim.realWebSocketURL)
            let ready = try JSONSerialization.jsonObject(with: Data(sim.readyJSON.utf8)) as? [String: String]
            #expect(ready?["realWebSocket"] == sim.realWebSocketURL && ready?["real"] == sim.realBaseURL)
            #expect(ready?["paperWebSocket"] == sim.paperWebSocketURL && ready?["paper"] == sim.paperBaseURL)
            let other = sim.realWebSocketURL.replacingOccurrences(of: "/tryitout", with: "/any/path")
            try await withWebSocket(other) { ws in
                let ack = try await ws.subscribe(key, "H0STCNT0", "005930")
                #expect(ack.code == "OPSP0000")
            }
        }
    }

    @Test func subscribeUnsubscribeAndErrors() async throws {
        try await withSimulator { sim in
            let h = SimHarness(running: sim)
            let key = await h.approvalKey(.real)
            let paperKey = await h.approvalKey(.paper)
            try await withWebSocket(sim.realWebSocketURL) { ws in
                #expect(try await ws.subscribe("no-such-key", "H0STCNT0", "005930").code == "OPSP0011")
                #expect(try await ws.subscribe(paperKey, "H0STCNT0", "005930").code == "OPSP0010")
                let tick = try await ws.subscribe(key, "H0STCNT0", "005930")
                #expect(tick.code == "OPSP0000" && tick.encrypt == "N" && tick.key.count == 32 && tick.iv.count == 16)
                #expect(tick.body["rt_cd"] as? String == "0")
                let again = try await ws.subscribe(key, "H0STCNT0", "005930")
                #expect(again.code == "OPSP0002" && again.body["rt_cd"] as? String == "1")
                let notice = try await ws.subscribe(key, "H0STCNI0", "simreal01")
                #expect(notice.encrypt == "Y" && notice.key != tick.key && notice.iv != tick.iv)
                #expect(try await ws.subscribe(key, "H0STCNI9", "simreal01").code == "OPSP8991")
                #expect(try await ws.subscribe(key, "H0STCNI0", "someoneelse").code == "OPSP8992")
                #expect(try await ws.subscribe(key, "H0STCNT0", "999999").code == "OPSP8992")
                #expect(try await ws.subscribe(key, "H0STMKO0", "005930").code == "OPSP0000")
                let released = try await ws.subscribe(key, "H0STCNT0", "005930", register: false)
                #expect(released.code == "OPSP0001" && released.message == "UNSUBSCRIBE SUCCESS")
                let missing = try await ws.subscribe(key, "H0STCNT0", "005930", register: false)
                #expect(missing.code == "OPSP0003")
                ws.send("not json")
                #expect(Ack(json: try await ws.nextJSON()).code == "OPSP9999")
                ws.send(#"{"body":{}}"#)
                #expect(Ack(json: try await ws.nextJSON()).code == "OPSP9998")
                ws.send(
                    subscribeMessage(key, "H0STCNT0", "005930").replacingOccurrences(
                        of: #""tr_type":"1""#, with: #""tr_type":"0""#))
                #expect(Ack(json: try await ws.nextJSON()).code == "OPSP8997")
                let sessions = await sim.control.webSocketSessions()
                #expect(sessions.count == 1 && sessions.first?.subscriptions.map(\.trID) == ["H0STCNI0", "H0STMKO0"])
                #expect(sessions.first?.appKey == h.credentials(.real).appKey)
            }
        }
    }

    @Test func fortyFirstSubscriptionIsRefused() async throws {
        var scenario = try Scenario.builtIn()
        scenario.stocks += (0..<45).map { ScenarioStock(code: "9\(pad($0, 5))", name: "종목\($0)", basePrice: 10_000) }
        try await withSimulator(scenario: scenario) { sim in
            let h = SimHarness(running: sim)
            let key = await h.approvalKey(.paper)
            try await withWebSocket(sim.paperWebSocketURL) { ws in
                for n in 0..<40 {
                    #expect(try await ws.subscribe(key, "H0STCNT0", "9\(pad(n, 5))").code == "OPSP0000")
                }
                let over = try await ws.subscribe(key, "H0STCNT0", "900040")
                #expect(over.code == "OPSP0008" && over.message == "MAX SUBSCRIBE OVER")
                #expect(try await ws.subscribe(key, "H0STCNT0", "900000", register: false).code == "OPSP0001")
                #expect(try await ws.subscribe(key, "H0STCNT0", "900040").code == "OPSP0000")
            }
        }
    }

    @Test func oneSessionPerAppKey() async throws {
        try await withSimulator { sim in
            let h = SimHarness(running: sim)
            let first = await h.approvalKey(.real)
            let second = await h.approvalKey(.real)
            try await withWebSocket(sim.realWebSocketURL) { a in
                #expect(try await a.subscribe(first, "H0STCNT0", "005930").code == "OPSP0000")
                try await withWebSocket(sim.realWebSocketURL) { b in
                    let refused = try await b.subscribe(second, "H0STCNT0", "005930")
                    #expect(refused.code == "OPSP8996" && refused.message == "ALREADY IN USE appkey")
                }
                #expect(try await a.subscribe(first, "H0STCNT0", "000660").code == "OPSP0000")
            }
            let paperKey = await h.approvalKey(.paper)
            try await withWebSocket(sim.paperWebSocketURL) { paper in
                let ack = try await paper.subscribe(paperKey, "H0STCNT0", "005930")
                #expect(ack.code == "OPSP0000", "the other domain's app key has its own session")
            }
            try await withWebSocket(sim.realWebSocketURL) { again in
                let ack = try await again.subscribe(second, "H0STCNT0", "005930")
                #expect(ack.code == "OPSP0000", "the app key is free once its session ended")
            }
        }
    }
}
