import Foundation
import Testing

@testable import KISSimulator

@Suite struct FaultInjectionTests {
    func quote(_ h: SimHarness, _ token: String) async -> Reply {
        await h.get(.real, .price, trID: "FHKST01010100", token: token, query: quoteQuery("005930"))
    }

    @Test(arguments: [(FaultKind.http500, 500), (.http502, 502)])
    func gatewayErrorsCarryANonKISBody(_ kind: FaultKind, _ status: Int) async throws {
        let h = try SimHarness(faults: FaultPlan(rules: [FaultRule(route: "inquire-price", kind: kind, calls: [2])]))
        let token = await h.token(.real)
        #expect(await quote(h, token).status == 200)
        let failed = await quote(h, token)
        #expect(failed.status == status)
        #expect(failed.header("Content-Type") == "text/html")
        #expect(failed.text.contains("<html>"))
        #expect(await quote(h, token).status == 200)
        #expect(await h.control.stats().real.faults[kind.rawValue] == 1)
    }

    @Test func slowReplyIsDelayed() async throws {
        let h = try SimHarness(
            faults: FaultPlan(rules: [FaultRule(route: "FHKST01010100", kind: .slow, delaySeconds: 0.3)]))
        let token = await h.token(.real)
        let reply = await h.state.handle(
            SimRequest(
                method: "GET", path: TROperation.price.path, rawQuery: SimHarness.encode(quoteQuery("005930")),
                headers: h.headers(.real, token: token, trID: "FHKST01010100")),
            side: .real)
        #expect(reply.delay == 0.3)
        #expect(reply.status == 200)
    }

    @Test func rateLimitBurstRefusesKCalls() async throws {
        let h = try SimHarness(
            faults: FaultPlan(rules: [
                FaultRule(route: "FHKST01010100", side: .real, kind: .rateLimitBurst, calls: [2], burst: 3)
            ]))
        let token = await h.token(.real)
        var codes: [String] = []
        for _ in 0..<6 { codes.append(await quote(h, token).code) }
        #expect(codes == ["MCA00000", "EGW00201", "EGW00201", "EGW00201", "MCA00000", "MCA00000"])
    }

    @Test func revokedMidRunTokenStaysInvalid() async throws {
        let h = try SimHarness(
            faults: FaultPlan(rules: [FaultRule(route: "inquire-price", kind: .revokeToken, calls: [3])]))
        let token = await h.token(.real)
        let codes = [
            await quote(h, token).code, await quote(h, token).code, await quote(h, token).code,
            await quote(h, token).code,
        ]
        #expect(codes == ["MCA00000", "MCA00000", "EGW00121", "EGW00121"])
        let fresh = await h.token(.real)
        #expect(fresh != token)
        #expect(await quote(h, fresh).code == "MCA00000")
    }

    @Test func malformedAndTruncatedBodiesAreNotJSON() async throws {
        let h = try SimHarness(
            faults: FaultPlan(rules: [
                FaultRule(route: "inquire-price", kind: .malformedJSON, calls: [1]),
                FaultRule(route: "inquire-price", kind: .truncated, calls: [2]),
            ]))
        let token = await h.token(.real)
        for _ in 0..<2 {
            let reply = await quote(h, token)
            #expect(reply.status == 200)
            #expect((try? JSONSerialization.jsonObject(with: Data(reply.body))) == nil)
            #expect(String(validatingUTF8: reply.text) != nil)
        }
        #expect(await quote(h, token).rtCode == "0")
    }

    @Test func truncatedOrderReplyStillPlacesTheOrder() async throws {
        let h = try SimHarness(faults: FaultPlan(rules: [FaultRule(route: "order-cash", kind: .truncated)]))
        let reply = await h.post(
            .paper, .orderCash, trID: "VTTC0012U", token: await h.token(.paper),
            body: orderBody(h, .paper, "005930", qty: 1, price: "0", type: "01"))
        #expect(reply.json.isEmpty)
        #expect(try #require(await h.control.account(.paper)).orders.count == 3)
    }

    @Test func dataChangedHitsOnlyContinuationRequests() async throws {
        let h = try SimHarness(
            scenario: ScenarioFactory.wide(stocks: 45),
            faults: FaultPlan(rules: [FaultRule(route: "inquire-balance", kind: .dataChanged, calls: [1])]))
        let token = await h.token(.paper)
        let first = await h.get(.paper, .balance, trID: "VTTC8434R", token: token, query: balanceQuery(h, .paper))
        #expect(first.rtCode == "0")
        let fk = first.json["ctx_area_fk100"] as? String ?? ""
        let nk = first.json["ctx_area_nk100"] as? String ?? ""
        let second = await h.get(
            .paper, .balance, trID: "VTTC8434R", token: token, query: balanceQuery(h, .paper, fk: fk, nk: nk),
            trCont: "N")
        #expect(second.rtCode == "1")
        #expect(second.code == "SYDB0050")
        #expect(second.json["msg1"] as? String == "조회이후에 자료가 변경되었습니다.(다시 조회하세요)")
        let retry = await h.get(
            .paper, .balance, trID: "VTTC8434R", token: token, query: balanceQuery(h, .paper, fk: fk, nk: nk),
            trCont: "N")
        #expect(retry.output1.count == 20)
    }

    @Test func rateFaultsAreDeterministic() async throws {
        let plan = FaultPlan(seed: 5, rules: [FaultRule(route: "inquire-price", kind: .http500, rate: 0.3)])
        func run() async throws -> [Int] {
            let h = try SimHarness(faults: plan)
            let token = await h.token(.real)
            var statuses: [Int] = []
            for _ in 0..<40 { statuses.append(await quote(h, token).status) }
            return statuses
        }
        let a = try await run()
        #expect(a == (try await run()))
        #expect(a.contains(500) && a.contains(200))
    }

    @Test func faultPlanDecodesFromJSON() throws {
        let text = #"{"seed":3,"rules":[{"route":"TTTC8434R","side":"real","kind":"every","every":2}]}"#
        #expect((try? JSONDecoder().decode(FaultPlan.self, from: Data(text.utf8))) == nil, "unknown kinds are rejected")
        let good = #"{"rules":[{"route":"*","kind":"slow","every":2,"delaySeconds":1.5}]}"#
        let plan = try JSONDecoder().decode(FaultPlan.self, from: Data(good.utf8))
        #expect(plan.rules.first?.kind == .slow)
        #expect(plan.rules.first?.every == 2)
    }
}

@Suite struct LostReplyTests {
    @Test(arguments: [SimulatorSide.real, .paper])
    func lostReplyBooksTheOrderExactlyOnce(_ side: SimulatorSide) async throws {
        let h = try OrderScenario.harness(
            faults: FaultPlan(rules: [FaultRule(route: "order-cash", kind: .lostReply, calls: [1], delaySeconds: 5)]))
        let before = await h.executions(side).count
        var body = orderBody(h, side, OrderScenario.thin, qty: 7, price: "7000")
        body["EXCG_ID_DVSN_CD"] = "KRX"
        let request = SimRequest(
            method: "POST", path: TROperation.orderCash.path, rawQuery: "",
            headers: h.headers(side, token: await h.token(side), trID: side == .real ? "TTTC0012U" : "VTTC0012U"),
            body: Array(try JSONSerialization.data(withJSONObject: body)))
        let lost = await h.state.handle(request, side: side)
        #expect(lost.status == 504)
        #expect(lost.delay == 5)
        #expect(String(decoding: lost.body, as: UTF8.self).contains("<html>"))
        let rows = await h.executions(side)
        #expect(rows.count == before + 1)
        #expect(rows.filter { $0["ord_qty"] as? String == "7" && $0["ord_unpr"] as? String == "7000" }.count == 1)
        #expect(await h.control.stats()[side].faults["lostReply"] == 1)
    }

    @Test func lostReplyOnCancelStillCancels() async throws {
        let h = try OrderScenario.harness(
            faults: FaultPlan(rules: [FaultRule(route: "TTTC0013U", kind: .lostReply)]))
        let odno = try #require(await h.order(.real, OrderScenario.thin, qty: 2, price: 7_000).orderNumber)
        let reply = await h.post(
            .real, .amendCancel, trID: "TTTC0013U", token: await h.token(.real), body: cancelBody(h, .real, odno))
        #expect(reply.status == 504)
        #expect(await h.execution(.real, odno)?["rmn_qty"] as? String == "0")
    }
}
