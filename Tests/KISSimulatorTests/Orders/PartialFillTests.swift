import Testing

@testable import KISSimulator

extension SimHarness {
    /// The row of `odno` in today's inquire-daily-ccld with `CCLD_DVSN` = `filter`.
    func execution(_ side: SimulatorSide, _ odno: String, filter: String = "00") async -> [String: Any]? {
        await executions(side, filter: filter).first { $0["odno"] as? String == odno }
    }

    /// The real side's inquire-psbl-rvsecncl rows.
    func cancellable() async -> [[String: Any]] {
        await get(
            .real, .cancellable, trID: "TTTC0084R", token: await token(.real),
            query: account(.real) + [("INQR_DVSN_1", "0"), ("INQR_DVSN_2", "0")]
        ).output
    }

    /// `ord_psbl_cash` of inquire-psbl-order.
    func orderableCash(_ side: SimulatorSide) async -> Int {
        let reply = await get(
            side, .buyingPower, trID: side == .real ? "TTTC8908R" : "VTTC8908R", token: await token(side),
            query: account(side) + [
                ("PDNO", OrderScenario.thin), ("ORD_UNPR", "0"), ("ORD_DVSN", "01"), ("CMA_EVLU_AMT_ICLD_YN", "N"),
                ("OVRS_ICLD_YN", "N"),
            ])
        return Int(reply.outputObject["ord_psbl_cash"] as? String ?? "") ?? -1
    }

    /// The balance row of `code` on `side`.
    func holding(_ side: SimulatorSide, _ code: String) async -> [String: Any]? {
        let trID = side == .real ? "TTTC8434R" : "VTTC8434R"
        return await get(side, .balance, trID: trID, token: await token(side), query: balanceQuery(self, side))
            .output1.first { $0["pdno"] as? String == code }
    }
}

func int(_ value: Any?) -> Int { Int(value as? String ?? "") ?? -1 }

@Suite struct PartialFillTests {
    @Test func largeOrderFillsOverSeveralMinutesAndEveryInquiryAgrees() async throws {
        let h = try OrderScenario.harness()
        let start = try #require(await h.control.account(.real))
        let placed = await h.order(.real, OrderScenario.thin, qty: 1_000, type: "01")
        let odno = try #require(placed.orderNumber)
        let first = try #require(await h.execution(.real, odno))
        let filled = int(first["tot_ccld_qty"])
        #expect(filled > 0 && filled < 1_000, "PARTIAL right after arrival")
        #expect(int(first["rmn_qty"]) == 1_000 - filled)
        #expect(await h.execution(.real, odno, filter: "01") != nil)
        #expect(await h.execution(.real, odno, filter: "02") != nil)
        #expect(int(await h.cancellable().first { $0["odno"] as? String == odno }?["psbl_qty"]) == 1_000 - filled)
        let row = try #require(await h.holding(.real, OrderScenario.thin))
        #expect(int(row["thdt_buyqty"]) == filled)
        #expect(int(row["hldg_qty"]) == 500 + filled)
        let now = try #require(await h.control.account(.real))
        #expect(await h.orderableCash(.real) == now.cashD2 - (1_000 - filled) * 12_970)
        #expect(now.cashD2 < start.cashD2)

        await h.control.advanceClock(bySeconds: 300)
        let later = int(await h.execution(.real, odno)?["tot_ccld_qty"])
        #expect(later > filled && later < 1_000, "still PARTIAL five minutes on")

        let partial = await h.post(
            .real, .amendCancel, trID: "TTTC0013U", token: await h.token(.real),
            body: cancelBody(h, .real, odno, all: false, quantity: 100))
        #expect(partial.code == "APBK0013")
        let cancelNumber = try #require(partial.orderNumber)
        #expect(await h.execution(.real, cancelNumber)?["orgn_odno"] as? String == odno)
        #expect(int(await h.execution(.real, odno)?["rmn_qty"]) == 1_000 - later - 100)
        #expect(int(await h.execution(.real, odno)?["cncl_cfrm_qty"]) == 100)

        let all = await h.post(
            .real, .amendCancel, trID: "TTTC0013U", token: await h.token(.real), body: cancelBody(h, .real, odno))
        #expect(all.code == "APBK0013")
        #expect(await h.cancellable().contains { $0["odno"] as? String == odno } == false)
        #expect(await h.execution(.real, odno, filter: "02") == nil)
        #expect(await h.orderableCash(.real) == (try #require(await h.control.account(.real))).cashD2)
        await h.control.advanceClock(bySeconds: 600)
        #expect(int(await h.execution(.real, odno)?["tot_ccld_qty"]) == later, "nothing fills after the cancel")
        let again = await h.post(
            .real, .amendCancel, trID: "TTTC0013U", token: await h.token(.real), body: cancelBody(h, .real, odno))
        #expect(again.code == "APBK9901")
        #expect(again.message == "정정/취소할 수량이 없습니다.")
    }

    @Test func smallMarketOrderFillsAtOnce() async throws {
        let h = try OrderScenario.harness()
        let odno = try #require(await h.order(.paper, OrderScenario.big, qty: 5, type: "01").orderNumber)
        let row = try #require(await h.execution(.paper, odno))
        #expect(row["tot_ccld_qty"] as? String == "5")
        #expect(row["rmn_qty"] as? String == "0")
        #expect(row["excg_id_dvsn_cd"] as? String == "KRX")
        let cancel = await h.post(
            .paper, .amendCancel, trID: "VTTC0013U", token: await h.token(.paper), body: cancelBody(h, .paper, odno))
        #expect(cancel.code == "40330000")
        #expect(cancel.message == "모의투자 정정/취소할 수량이 없습니다.")
        #expect(cancel.rtCode == "1")
    }
}
