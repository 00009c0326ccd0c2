import Testing

@testable import KISSimulator

@Suite struct ChartTests {
    @Test func dailyChartIsNewestFirstWithinDatesAndAtMostOneHundred() async throws {
        let h = try SimHarness()
        let token = await h.token(.real)
        let wide = await h.get(
            .real, .dailyChart, trID: "FHKST03010100", token: token,
            query: quoteQuery(
                "005930",
                [("FID_INPUT_DATE_1", "20240101"), ("FID_INPUT_DATE_2", "20251204"), ("FID_PERIOD_DIV_CODE", "D")]))
        let rows = wide.json["output2"] as? [[String: Any]] ?? []
        let dates = rows.compactMap { $0["stck_bsop_date"] as? String }
        #expect(rows.count == 100)
        #expect(dates.first == "20251204")
        #expect(dates == dates.sorted(by: >))
        #expect(!dates.contains("20251225") && !dates.contains("20251129"))
        let narrow = await h.get(
            .real, .dailyChart, trID: "FHKST03010100", token: token,
            query: quoteQuery(
                "005930",
                [("FID_INPUT_DATE_1", "20251124"), ("FID_INPUT_DATE_2", "20251128"), ("FID_PERIOD_DIV_CODE", "D")]))
        #expect((narrow.json["output2"] as? [[String: Any]])?.count == 5)
        let price = await h.get(.real, .price, trID: "FHKST01010100", token: token, query: quoteQuery("005930"))
        #expect(rows.first?["stck_clpr"] as? String == price.outputObject["stck_prpr"] as? String)
        #expect((wide.json["output1"] as? [String: Any])?["itewhol_loan_rmnd_ratem name"] != nil)
    }

    @Test func minuteChartReturnsThirtyBarsAtOrBeforeTheHour() async throws {
        let h = try SimHarness()
        let token = await h.token(.real)
        let reply = await h.get(
            .real, .minuteChart, trID: "FHKST03010200", token: token,
            query: quoteQuery(
                "000660", [("FID_INPUT_HOUR_1", "100000"), ("FID_ETC_CLS_CODE", ""), ("FID_PW_DATA_INCU_YN", "N")]))
        let hours = (reply.json["output2"] as? [[String: Any]] ?? []).compactMap { $0["stck_cntg_hour"] as? String }
        #expect(hours.count == 30)
        #expect(hours.first == "100000")
        #expect(hours.last == "093100")
        let future = await h.get(
            .real, .minuteChart, trID: "FHKST03010200", token: token,
            query: quoteQuery("000660", [("FID_INPUT_HOUR_1", "153000")]))
        #expect(
            ((future.json["output2"] as? [[String: Any]])?.first?["stck_cntg_hour"] as? String) == "103000",
            "a future hour means now")
        await h.control.setClock(try #require(KSTTime(parsing: "2025-12-06T11:00:00+09:00")))
        let weekend = await h.get(
            .real, .minuteChart, trID: "FHKST03010200", token: await h.token(.real),
            query: quoteQuery("000660", [("FID_INPUT_HOUR_1", "110000")]))
        #expect(weekend.code == "MCA00000")
        #expect((weekend.json["output2"] as? [Any])?.isEmpty == true, "today only")
    }

    @Test func orderBookBracketsTheLastPrice() async throws {
        let h = try SimHarness()
        let token = await h.token(.paper)
        let book = await h.get(.paper, .orderBook, trID: "FHKST01010200", token: token, query: quoteQuery("005930"))
        let output1 = try #require(book.json["output1"] as? [String: Any])
        let price = (book.json["output2"] as? [String: Any])?["stck_prpr"] as? String
        #expect(output1["bidp1"] as? String == price)
        let ask = Int(output1["askp1"] as? String ?? "") ?? 0
        #expect(ask == TickTable.step(Int(price ?? "") ?? 0, by: 1))
    }
}
