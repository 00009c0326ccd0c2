import Testing

@testable import KISSimulator

extension SimulatorState {
    /// The lowest bar low of `code` today among bars starting in [from, to), and the end of that bar.
    func lowestLow(_ code: String, from: Int, to: Int) -> (price: Int, barEnd: Int)? {
        guard let session = market.series[code]?.session(on: now.date) else { return nil }
        guard
            let bar = session.bars.filter({ $0.startSecond >= from && $0.startSecond < to }).min(by: { $0.low < $1.low }
            )
        else { return nil }
        return (bar.low, bar.startSecond + 60)
    }
}

@Suite struct OrderFlowTests {
    func price(_ h: SimHarness, _ side: SimulatorSide, _ token: String, _ code: String) async -> Int {
        let reply = await h.get(side, .price, trID: "FHKST01010100", token: token, query: quoteQuery(code))
        return Int(reply.outputObject["stck_prpr"] as? String ?? "") ?? 0
    }

    @Test func limitBuyWaitsThenFillsWhenThePriceCrosses() async throws {
        let h = try SimHarness()
        let token = await h.token(.paper)
        let current = await price(h, .paper, token, "035720")
        let target = try #require(await h.state.lowestLow("035720", from: 10 * 3600 + 31 * 60, to: 12 * 3600))
        try #require(target.price < current)
        let before = try #require(await h.control.account(.paper))

        let placed = await h.post(
            .paper, .orderCash, trID: "VTTC0012U", token: token,
            body: orderBody(h, .paper, "035720", qty: 10, price: "\(target.price)"))
        #expect(placed.code == "40600000")
        let odno = try #require((placed.json["output"] as? [String: Any])?["ODNO"] as? String)
        #expect(odno == "0000008637")

        let open = await h.get(
            .paper, .dailyExecutions, trID: "VTTC0081R", token: token, query: h.account(.paper) + [("CCLD_DVSN", "02")])
        #expect(open.output1.contains { $0["odno"] as? String == odno && $0["rmn_qty"] as? String == "10" })
        let reserved = try #require(await h.control.account(.paper))
        #expect(reserved.availableCash == before.availableCash - 10 * target.price)
        #expect(reserved.position("035720")?.quantity == 50)

        await h.control.setClock(
            KSTTime(date: try #require(KSTDate(parsing: "20251204")), secondOfDay: Double(target.barEnd)))
        let after = try #require(await h.control.account(.paper))
        let order = try #require(after.order(odno))
        #expect(order.filledQuantity == 10)
        #expect(order.remainingQuantity == 0)
        #expect(order.filledAmount <= 10 * target.price)
        #expect(after.position("035720")?.quantity == 60)
        let fee = order.filledAmount * 15 / 100_000
        #expect(after.cashD2 == before.cashD2 - order.filledAmount - fee)
        #expect(after.cashD0 == before.cashD0, "settles on D+2")

        let balance = await h.get(.paper, .balance, trID: "VTTC8434R", token: token, query: balanceQuery(h, .paper))
        let row = try #require(balance.output1.first { $0["pdno"] as? String == "035720" })
        #expect(row["thdt_buyqty"] as? String == "10")
        #expect(row["hldg_qty"] as? String == "60")
        let filled = await h.get(
            .paper, .dailyExecutions, trID: "VTTC0081R", token: token, query: h.account(.paper) + [("CCLD_DVSN", "01")])
        #expect(filled.output1.contains { $0["odno"] as? String == odno && $0["tot_ccld_qty"] as? String == "10" })
    }

    @Test func marketBuyFillsAtOnceAtTheLastPrice() async throws {
        let h = try SimHarness()
        let token = await h.token(.real)
        let current = await price(h, .real, token, "005380")
        let reply = await h.post(
            .real, .orderCash, trID: "TTTC0012U", token: token,
            body: orderBody(h, .real, "005380", qty: 3, price: "0", type: "01"))
        #expect(reply.code == "APBK0013")
        let account = try #require(await h.control.account(.real))
        #expect(account.position("005380")?.quantity == 18)
        #expect(account.orders.last?.filledAmount == 3 * current)
    }

    @Test func cancelRemovesTheOpenOrderAndFreesCash() async throws {
        let h = try SimHarness()
        let token = await h.token(.real)
        let before = try #require(await h.control.account(.real))
        let query = h.account(.real) + [("INQR_DVSN_1", "0"), ("INQR_DVSN_2", "0")]
        let listed = await h.get(.real, .cancellable, trID: "TTTC0084R", token: token, query: query)
        #expect(listed.output.compactMap { $0["odno"] as? String } == ["0000117342", "0000117401"])
        #expect(listed.output.first?["psbl_qty"] as? String == "2")

        let cancel = await h.post(
            .real, .amendCancel, trID: "TTTC0013U", token: token, body: cancelBody(h, .real, "0000117342"))
        #expect(cancel.code == "APBK0013")
        let cancelNumber = try #require((cancel.json["output"] as? [String: Any])?["ODNO"] as? String)

        let after = await h.get(.real, .cancellable, trID: "TTTC0084R", token: token, query: query)
        #expect(after.output.compactMap { $0["odno"] as? String } == ["0000117401"])
        let history = await h.get(.real, .dailyExecutions, trID: "TTTC0081R", token: token, query: h.account(.real))
        let row = try #require(history.output1.first { $0["odno"] as? String == cancelNumber })
        #expect(row["orgn_odno"] as? String == "0000117342")
        #expect(row["cncl_yn"] as? String == "Y")
        let original = try #require(history.output1.first { $0["odno"] as? String == "0000117342" })
        #expect(original["rmn_qty"] as? String == "0")
        let account = try #require(await h.control.account(.real))
        #expect(account.availableCash == before.availableCash + 2 * 520_000)

        let again = await h.post(
            .real, .amendCancel, trID: "TTTC0803U", token: token, body: cancelBody(h, .real, "0000117342"))
        #expect(again.rtCode == "7")
        #expect(again.code == "APBK9901")
        #expect(again.json["output"] == nil)
    }

    @Test func paperCancelUsesPaperCodes() async throws {
        let h = try SimHarness()
        let reply = await h.post(
            .paper, .amendCancel, trID: "VTTC0013U", token: await h.token(.paper),
            body: cancelBody(h, .paper, "0000008612"))
        #expect(reply.code == "40630000")
        #expect((reply.json["output"] as? [String: Any])?["KRX_FWDG_ORD_ORGNO"] as? String == "00950")
    }

    @Test func amendToAMarketablePriceFillsAtOnce() async throws {
        let h = try SimHarness()
        let token = await h.token(.real)
        let current = await price(h, .real, token, "000660")
        var body = cancelBody(h, .real, "0000117342")
        body["RVSE_CNCL_DVSN_CD"] = "01"
        body["ORD_UNPR"] = "\(TickTable.step(current, by: 2))"
        let reply = await h.post(.real, .amendCancel, trID: "TTTC0013U", token: token, body: body)
        #expect(reply.code == "APBK0013")
        let account = try #require(await h.control.account(.real))
        #expect(account.position("000660")?.quantity == 22)
        #expect(account.order("0000117342")?.remainingQuantity == 0)
        #expect(account.orders.last?.kind == "amend")
    }

    @Test func ordersBeyondCashOrHoldingsOrHoursAreRejected() async throws {
        let h = try SimHarness()
        let token = await h.token(.real)
        let sell = await h.post(
            .real, .orderCash, trID: "TTTC0011U", token: token,
            body: orderBody(h, .real, "005930", qty: 151, price: "0", type: "01"))
        #expect(sell.code == "APBK0400")
        let buy = await h.post(
            .real, .orderCash, trID: "TTTC0012U", token: token,
            body: orderBody(h, .real, "000660", qty: 1_000, price: "0", type: "01"))
        #expect(buy.code == "APBK0952")
        let offGrid = await h.post(
            .real, .orderCash, trID: "TTTC0012U", token: token,
            body: orderBody(h, .real, "005930", qty: 1, price: "100050"))
        #expect(offGrid.code == "APBK0506")
        await h.control.setClock(try #require(KSTTime(parsing: "2025-12-04T16:00:00+09:00")))
        let late = await h.post(
            .paper, .orderCash, trID: "VTTC0012U", token: await h.token(.paper),
            body: orderBody(h, .paper, "005930", qty: 1, price: "0", type: "01"))
        #expect(late.code == "40580000")
        #expect(late.rtCode == "1")
    }

    @Test func lowerCaseOrNumericBodiesAreRefused() async throws {
        let h = try SimHarness()
        let token = await h.token(.paper)
        var lower = orderBody(h, .paper, "005930", qty: 1, price: "0", type: "01")
        lower["cano"] = lower.removeValue(forKey: "CANO")
        #expect(await h.post(.paper, .orderCash, trID: "VTTC0012U", token: token, body: lower).code == "OPSQ2000")
        let numeric = Array(
            #"{"CANO":"50123456","ACNT_PRDT_CD":"01","PDNO":"005930","ORD_DVSN":"01","ORD_QTY":1,"ORD_UNPR":"0"}"#.utf8)
        let reply = await h.send(
            .paper, "POST", TROperation.orderCash.path, headers: h.headers(.paper, token: token, trID: "VTTC0012U"),
            body: numeric)
        #expect(reply.code == "OPSQ9995")
    }
}
