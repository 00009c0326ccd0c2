import Foundation
import KISDashTestSupport
import Testing

@testable import KISSimulator

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

@Suite struct LiveServerTests {
    @Test func bothSidesListenOnLoopback() async throws {
        try await withSimulator { sim in
            #expect(sim.realBaseURL.hasPrefix("http://127.0.0.1:"))
            #expect(sim.paperBaseURL.hasPrefix("http://127.0.0.1:"))
            #expect(sim.realBaseURL != sim.paperBaseURL)
            for side in SimulatorSide.allCases {
                let (data, _) = try await URLSession.shared.data(
                    from: try #require(URL(string: sim.baseURL(side) + "/__sim/health")))
                let health = try JSONSerialization.jsonObject(with: data) as? [String: Any]
                #expect(health?["side"] as? String == side.rawValue)
            }
        }
    }

    @Test func clientFlowOverHTTP() async throws {
        try await withSimulator { sim in
            let c = try #require(sim.credentials(.paper))
            let (_, tokenData) = try await sim.requestPaperToken()
            let token = try #require(
                (try JSONSerialization.jsonObject(with: tokenData) as? [String: Any])?["access_token"] as? String)

            let fk = String(repeating: " ", count: 100)
            var components = try #require(URLComponents(string: sim.paperBaseURL + TROperation.balance.path))
            components.queryItems = [
                URLQueryItem(name: "CANO", value: c.accountNumber),
                URLQueryItem(name: "ACNT_PRDT_CD", value: c.productCode),
                URLQueryItem(name: "CTX_AREA_FK100", value: fk), URLQueryItem(name: "CTX_AREA_NK100", value: ""),
            ]
            var request = URLRequest(url: try #require(components.url))
            for (name, value) in [
                "authorization": "Bearer \(token)", "appkey": c.appKey, "appsecret": c.appSecret, "tr_id": "VTTC8434R",
                "custtype": "P",
            ] {
                request.setValue(value, forHTTPHeaderField: name)
            }
            let (data, response) = try await URLSession.shared.data(for: request)
            let http = try #require(response as? HTTPURLResponse)
            #expect(http.statusCode == 200)
            #expect(http.value(forHTTPHeaderField: "tr_cont") == "D")
            #expect(http.value(forHTTPHeaderField: "tr_id") == "VTTC8434R")
            let body = try JSONSerialization.jsonObject(with: data) as? [String: Any]
            #expect((body?["output1"] as? [Any])?.count == 6)
            #expect(await sim.control.stats().paper.calls["inquire-balance"] == 1)
        }
    }

    @Test func controlAPIDrivesClockFaultsAndStats() async throws {
        try await withSimulator { sim in
            func send(_ method: String, _ path: String, _ body: String? = nil) async throws -> [String: Any] {
                var request = URLRequest(url: try #require(URL(string: sim.realBaseURL + path)))
                request.httpMethod = method
                request.httpBody = body.map { Data($0.utf8) }
                let (data, _) = try await URLSession.shared.data(for: request)
                return (try JSONSerialization.jsonObject(with: data) as? [String: Any]) ?? [:]
            }
            let clock = try await send("POST", "/__sim/clock", #"{"now":"2025-12-05T09:15:00+09:00","speed":0}"#)
            #expect(clock["now"] as? String == "2025-12-05T09:15:00+09:00")
            #expect(await sim.control.now().description == "2025-12-05T09:15:00+09:00")
            let faults = try await send(
                "POST", "/__sim/faults", #"{"rules":[{"route":"inquire-price","kind":"http502","calls":[1]}]}"#)
            #expect((faults["rules"] as? [Any])?.count == 1)
            let account = try await send("GET", "/__sim/account?side=paper")
            #expect(account["accountNumber"] as? String == "50123456-01")
            _ = try await send("POST", "/__sim/limits", #"{"paperRate":1}"#)
            #expect(await sim.control.limits().paperRate == 1)
            let stats = try await send("GET", "/__sim/stats")
            #expect(stats["real"] != nil && stats["paper"] != nil)
            _ = try await send("POST", "/__sim/reset")
            #expect(await sim.control.now().description == "2025-12-04T10:30:00+09:00")
        }
    }

    @Test func clockRunsAtTheConfiguredSpeed() async throws {
        let clock = ManualClock()
        try await withSimulator(speed: 600, clock: clock) { sim in
            let start = await sim.control.now()
            #expect(await sim.control.now() == start, "no wall time has passed")
            clock.advance(by: .seconds(2))
            let elapsed = await sim.control.now().secondsSinceEpoch - start.secondsSinceEpoch
            #expect(elapsed == 1_200, "600 simulated seconds per wall second")
        }
    }
}
