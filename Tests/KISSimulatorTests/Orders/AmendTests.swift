import Testing

@testable import KISSimulator

@Suite struct AmendTests {
    func amendBody(_ h: SimHarness, _ side: SimulatorSide, _ odno: String, qty: Int?, price: Int) -> [String: String] {
        var body = cancelBody(h, side, odno, all: qty == nil, quantity: qty ?? 0)
        body["RVSE_CNCL_DVSN_CD"] = "01"
        body["ORD_UNPR"] = "\(price)"
        return body
    }

    @Test func partialAmendGetsANewNumberAndLeavesTheRestOpen() async throws {
        let h = try OrderScenario.harness()
        let token = await h.token(.real)
        let odno = try #require(await h.order(.real, OrderScenario.thin, qty: 5, price: 7_000).orderNumber)
        let amend = await h.post(
            .real, .amendCancel, trID: "TTTC0013U", token: token, body: amendBody(h, .real, odno, qty: 2, price: 7_010))
        #expect(amend.code == "APBK0013")
        let amendNumber = try #require(amend.orderNumber)
        #expect(amendNumber != odno)
        let row = try #require(await h.execution(.real, amendNumber))
        #expect(row["orgn_odno"] as? String == odno)
        #expect(row["ord_qty"] as? String == "2")
        #expect(row["ord_unpr"] as? String == "7010")
        #expect(row["sll_buy_dvsn_cd_name"] as? String == "매수정정")
        #expect(await h.execution(.real, odno)?["rmn_qty"] as? String == "3")
        let open = await h.cancellable()
        #expect(open.first { $0["odno"] as? String == odno }?["psbl_qty"] as? String == "3")
        #expect(open.first { $0["odno"] as? String == amendNumber }?["psbl_qty"] as? String == "2")

        let tooMany = await h.post(
            .real, .amendCancel, trID: "TTTC0013U", token: token, body: amendBody(h, .real, odno, qty: 4, price: 7_010))
        #expect(tooMany.code == "APBK1359")
        let offGrid = await h.post(
            .real, .amendCancel, trID: "TTTC0013U", token: token,
            body: amendBody(h, .real, odno, qty: nil, price: 7_015))
        #expect(offGrid.code == "APBK0506")
        let marketable = await h.post(
            .real, .amendCancel, trID: "TTTC0013U", token: token,
            body: amendBody(h, .real, odno, qty: nil, price: 12_970))
        #expect(marketable.code == "APBK0013")
        let marketableNumber = try #require(marketable.orderNumber)
        let filled = try #require(await h.execution(.real, marketableNumber))
        #expect(filled["tot_ccld_qty"] as? String == "3")
        #expect(await h.execution(.real, odno)?["rmn_qty"] as? String == "0")
    }

    @Test func paperAmendAndUnknownOrder() async throws {
        let h = try OrderScenario.harness()
        let token = await h.token(.paper)
        let odno = try #require(await h.order(.paper, OrderScenario.thin, qty: 5, price: 7_000).orderNumber)
        let amend = await h.post(
            .paper, .amendCancel, trID: "VTTC0013U", token: token,
            body: amendBody(h, .paper, odno, qty: 2, price: 7_010))
        #expect(amend.code == "40620000")
        let unknown = await h.post(
            .paper, .amendCancel, trID: "VTTC0013U", token: token, body: cancelBody(h, .paper, "0000000001"))
        #expect(unknown.code == "40320000")
    }
}
