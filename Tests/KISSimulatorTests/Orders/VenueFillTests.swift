import Testing

@testable import KISSimulator

@Suite struct VenueFillTests {
    @Test func nxtOrdersRestOutsideTheMainMarketAndFillInIt() async throws {
        let h = try OrderScenario.harness("2025-12-04T08:10:00+09:00")
        let nxt = try #require(
            await h.order(.real, OrderScenario.thin, qty: 3, price: 12_970, venue: "NXT").orderNumber)
        await h.control.setClock(try #require(KSTTime(parsing: "2025-12-04T08:35:00+09:00")))
        let krx = try #require(await h.order(.real, OrderScenario.thin, qty: 3, price: 12_970).orderNumber)
        let sor = try #require(
            await h.order(.real, OrderScenario.thin, qty: 3, price: 12_970, venue: "SOR").orderNumber)
        #expect(await h.execution(.real, nxt)?["rmn_qty"] as? String == "3", "the market model has no pre-market")
        #expect(await h.execution(.real, krx)?["rmn_qty"] as? String == "3", "the opening auction is at 09:00")

        await h.control.setClock(try #require(KSTTime(parsing: "2025-12-04T09:00:30+09:00")))
        #expect(await h.execution(.real, krx)?["tot_ccld_qty"] as? String == "3")
        #expect(await h.execution(.real, sor)?["tot_ccld_qty"] as? String == "3", "SOR went to KRX")
        #expect(await h.execution(.real, nxt)?["tot_ccld_qty"] as? String == "0", "NXT opens at 09:00:30")

        await h.control.setClock(try #require(KSTTime(parsing: "2025-12-04T09:10:00+09:00")))
        let row = try #require(await h.execution(.real, nxt))
        #expect(row["tot_ccld_qty"] as? String == "3")
        #expect(row["excg_id_dvsn_cd"] as? String == "NXT")
        #expect(await h.execution(.real, sor)?["excg_id_dvsn_cd"] as? String == "SOR")
    }

    @Test func nxtOrderStaysCancellableInTheAfterMarket() async throws {
        let h = try OrderScenario.harness("2025-12-04T16:00:00+09:00")
        let odno = try #require(
            await h.order(.real, OrderScenario.thin, qty: 2, price: 7_000, venue: "NXT").orderNumber)
        let listed = await h.cancellable().first { $0["odno"] as? String == odno }
        #expect(listed?["excg_id_dvsn_cd"] as? String == "NXT")
        var body = cancelBody(h, .real, odno)
        body["EXCG_ID_DVSN_CD"] = "NXT"
        let cancel = await h.post(.real, .amendCancel, trID: "TTTC0013U", token: await h.token(.real), body: body)
        #expect(cancel.code == "APBK0013")
    }

    @Test func offHoursClosingPriceOrdersFillAtTheClose() async throws {
        let h = try OrderScenario.harness("2025-12-04T15:35:00+09:00")
        let odno = try #require(await h.order(.real, OrderScenario.thin, qty: 2, type: "06").orderNumber)
        #expect(await h.execution(.real, odno)?["tot_ccld_qty"] as? String == "0")
        let close = await h.get(
            .real, .price, trID: "FHKST01010100", token: await h.token(.real), query: quoteQuery(OrderScenario.thin))
        await h.control.setClock(try #require(KSTTime(parsing: "2025-12-04T15:41:00+09:00")))
        let row = try #require(await h.execution(.real, odno))
        #expect(row["tot_ccld_qty"] as? String == "2")
        #expect(row["avg_prvs"] as? String == close.outputObject["stck_prpr"] as? String)
    }
}
