import Testing

@testable import KISSimulator

@Suite struct PagingTests {
    /// Pages through the balance like OTA: tr_cont N and the cursors sent back verbatim.
    func pages(_ h: SimHarness, _ side: SimulatorSide, trID: String) async -> [Reply] {
        let token = await h.token(side)
        var replies: [Reply] = []
        var fk = ""
        var nk = ""
        var trCont = ""
        for _ in 0..<10 {
            let reply = await h.get(
                side, .balance, trID: trID, token: token, query: balanceQuery(h, side, fk: fk, nk: nk), trCont: trCont)
            replies.append(reply)
            guard reply.header("tr_cont") == "M" else { break }
            fk = reply.json["ctx_area_fk100"] as? String ?? ""
            nk = reply.json["ctx_area_nk100"] as? String ?? ""
            trCont = "N"
        }
        return replies
    }

    @Test func realBalancePagesByFifty() async throws {
        let h = try SimHarness(scenario: ScenarioFactory.wide(stocks: 60))
        let replies = await pages(h, .real, trID: "TTTC8434R")
        #expect(replies.map(\.output1.count) == [50, 10])
        #expect(replies.map { $0.header("tr_cont") } == ["M", "D"])
        let codes = replies.flatMap { $0.output1.compactMap { $0["pdno"] as? String } }
        #expect(Set(codes).count == 60)
        let nk = try #require(replies.first?.json["ctx_area_nk100"] as? String)
        #expect(nk.count == 100)
        #expect(!nk.trimmingSpaces.isEmpty)
        #expect((replies.last?.json["ctx_area_nk100"] as? String)?.trimmingSpaces.isEmpty == true)
        #expect((replies.first?.json["ctx_area_fk100"] as? String)?.count == 100)
        #expect(await h.control.stats().real.nonVerbatimCursors == 0)
    }

    @Test func paperBalancePagesByTwenty() async throws {
        let h = try SimHarness(scenario: ScenarioFactory.wide(stocks: 45))
        let replies = await pages(h, .paper, trID: "VTTC8434R")
        #expect(replies.map(\.output1.count) == [20, 20, 5])
        #expect(replies.map { $0.header("tr_cont") } == ["M", "M", "D"])
    }

    @Test func trimmedCursorsAreCounted() async throws {
        let h = try SimHarness(scenario: ScenarioFactory.wide(stocks: 30))
        let token = await h.token(.paper)
        let first = await h.get(.paper, .balance, trID: "VTTC8434R", token: token, query: balanceQuery(h, .paper))
        let fk = (first.json["ctx_area_fk100"] as? String ?? "").trimmingSpaces
        let nk = (first.json["ctx_area_nk100"] as? String ?? "").trimmingSpaces
        let second = await h.get(
            .paper, .balance, trID: "VTTC8434R", token: token, query: balanceQuery(h, .paper, fk: fk, nk: nk),
            trCont: "N")
        #expect(second.output1.count == 10)
        #expect(await h.control.stats().paper.nonVerbatimCursors == 1)
    }

    @Test func dailyExecutionsPageByFifteenOnPaper() async throws {
        let h = try SimHarness(scenario: ScenarioFactory.wide(stocks: 5, orders: 32))
        let token = await h.token(.paper)
        var fk = ""
        var nk = ""
        var trCont = ""
        var counts: [Int] = []
        var odnos: [String] = []
        for _ in 0..<5 {
            let query =
                h.account(.paper) + [
                    ("INQR_STRT_DT", "20251204"), ("INQR_END_DT", "20251204"), ("CCLD_DVSN", "00"), ("INQR_DVSN", "00"),
                    ("CTX_AREA_FK100", fk), ("CTX_AREA_NK100", nk),
                ]
            let reply = await h.get(
                .paper, .dailyExecutions, trID: "VTTC0081R", token: token, query: query, trCont: trCont)
            counts.append(reply.output1.count)
            odnos += reply.output1.compactMap { $0["odno"] as? String }
            #expect((reply.json["output2"] as? [String: Any])?["tot_ccld_qty"] as? String == "32")
            guard reply.header("tr_cont") == "M" else { break }
            fk = reply.json["ctx_area_fk100"] as? String ?? ""
            nk = reply.json["ctx_area_nk100"] as? String ?? ""
            trCont = "N"
        }
        #expect(counts == [15, 15, 2])
        #expect(odnos == odnos.sorted(by: >), "newest first")
        #expect(Set(odnos).count == 32)
    }

    @Test func holidayCalendarMatchesTheExample() async throws {
        let h = try SimHarness()
        let reply = await h.get(
            .real, .holidays, trID: "CTCA0903R", token: await h.token(.real),
            query: [("BASS_DT", "20251222"), ("CTX_AREA_NK", ""), ("CTX_AREA_FK", "")])
        let example = try FixtureShapeTests.fixtureRows("chk-holiday")
        #expect(reply.output.count == example.count)
        for (row, expected) in zip(reply.output, example) {
            for key in ["bass_dt", "wday_dvsn_cd", "bzdy_yn", "tr_day_yn", "opnd_yn", "sttl_day_yn"] {
                #expect(row[key] as? String == expected[key] as? String, "\(key) on \(expected["bass_dt"] ?? "")")
            }
        }
        #expect((reply.json["ctx_area_nk"] as? String)?.count == 20)
        #expect(reply.header("tr_cont") == "D")
    }
}
