import Testing

@testable import KISSimulator

@Suite struct DeterminismTests {
    /// The bodies of a fixed set of calls, in a given order.
    func bodies(order: [Int]) async throws -> [Int: [UInt8]] {
        let h = try SimHarness()
        let token = await h.token(.real)
        var result: [Int: [UInt8]] = [:]
        for index in order {
            let reply: Reply
            switch index {
            case 0: reply = await h.get(.real, .balance, trID: "TTTC8434R", token: token, query: balanceQuery(h, .real))
            case 1: reply = await h.get(.real, .price, trID: "FHKST01010100", token: token, query: quoteQuery("051910"))
            case 2:
                reply = await h.get(
                    .real, .dailyChart, trID: "FHKST03010100", token: token,
                    query: quoteQuery(
                        "051910",
                        [
                            ("FID_INPUT_DATE_1", "20250601"), ("FID_INPUT_DATE_2", "20251204"),
                            ("FID_PERIOD_DIV_CODE", "D"),
                        ]))
            case 3:
                reply = await h.get(
                    .real, .minuteChart, trID: "FHKST03010200", token: token,
                    query: quoteQuery("051910", [("FID_INPUT_HOUR_1", "101500")]))
            default:
                reply = await h.get(.real, .dailyExecutions, trID: "TTTC0081R", token: token, query: h.account(.real))
            }
            result[index] = reply.body
        }
        return result
    }

    @Test func sameScenarioAndClockGiveTheSameBytesInAnyOrder() async throws {
        let forward = try await bodies(order: [0, 1, 2, 3, 4])
        let backward = try await bodies(order: [4, 3, 2, 1, 0])
        for index in 0..<5 {
            #expect(forward[index] == backward[index], "call \(index)")
            #expect((forward[index]?.count ?? 0) > 100)
        }
    }

    @Test func seedChangesThePrices() async throws {
        var scenario = try Scenario.builtIn()
        scenario.seed += 1
        let a = try SimHarness()
        let b = try SimHarness(scenario: scenario)
        let query = quoteQuery(
            "051910",
            [("FID_INPUT_DATE_1", "20251101"), ("FID_INPUT_DATE_2", "20251128"), ("FID_PERIOD_DIV_CODE", "D")])
        let ra = await a.get(.real, .dailyChart, trID: "FHKST03010100", token: await a.token(.real), query: query)
        let rb = await b.get(.real, .dailyChart, trID: "FHKST03010100", token: await b.token(.real), query: query)
        #expect(ra.body != rb.body)
    }
}
