import Testing

@testable import KISSimulator

@Suite struct BalanceCoherenceTests {
    @Test(arguments: SimulatorSide.allCases)
    func summaryEqualsTheSumOfTheRows(_ side: SimulatorSide) async throws {
        let h = try SimHarness()
        let token = await h.token(side)
        let reply = await h.get(
            side, .balance, trID: side == .real ? "TTTC8434R" : "VTTC8434R", token: token, query: balanceQuery(h, side))
        let summary = try #require((reply.json["output2"] as? [[String: Any]])?.first)
        func sum(_ key: String) -> Int { reply.output1.reduce(0) { $0 + (Int($1[key] as? String ?? "") ?? 0) } }
        func total(_ key: String) -> Int { Int(summary[key] as? String ?? "") ?? -1 }
        #expect(total("evlu_amt_smtl_amt") == sum("evlu_amt"))
        #expect(total("scts_evlu_amt") == sum("evlu_amt"))
        #expect(total("pchs_amt_smtl_amt") == sum("pchs_amt"))
        #expect(total("evlu_pfls_smtl_amt") == sum("evlu_pfls_amt"))
        #expect(total("tot_evlu_amt") == total("scts_evlu_amt") + total("prvs_rcdl_excc_amt"))
        for row in reply.output1 {
            let quantity = Int(row["hldg_qty"] as? String ?? "") ?? 0
            let price = Int(row["prpr"] as? String ?? "") ?? 0
            #expect(Int(row["evlu_amt"] as? String ?? "") == quantity * price)
        }
    }

    @Test func todaysAmountsEqualTheDaysFills() async throws {
        let h = try SimHarness()
        let token = await h.token(.real)
        let balance = await h.get(.real, .balance, trID: "TTTC8434R", token: token, query: balanceQuery(h, .real))
        let summary = try #require((balance.json["output2"] as? [[String: Any]])?.first)
        let executions = await h.get(.real, .dailyExecutions, trID: "TTTC0081R", token: token, query: h.account(.real))
        func amount(_ side: String) -> Int {
            executions.output1.filter { $0["sll_buy_dvsn_cd"] as? String == side }.reduce(0) {
                $0 + (Int($1["tot_ccld_amt"] as? String ?? "") ?? 0)
            }
        }
        #expect(summary["thdt_buy_amt"] as? String == "\(amount("02"))")
        #expect(summary["thdt_sll_amt"] as? String == "\(amount("01"))")
        #expect(amount("02") == 1_008_000)
        // Commission 0.015 % on every fill, sell tax 0.15 % in 2025.
        let fees =
            1_008_000 * 15 / 100_000 + 2_344_000 * 15 / 100_000 + 2_344_000 * 15 / 10_000 + 3_580_000 * 15 / 100_000
            + 3_580_000 * 15 / 10_000
        #expect(summary["thdt_tlex_amt"] as? String == "\(fees)")
    }

    @Test func positionSoldOutTodayStaysWithZeroQuantity() async throws {
        let h = try SimHarness()
        let reply = await h.get(
            .real, .balance, trID: "TTTC8434R", token: await h.token(.real), query: balanceQuery(h, .real))
        let row = try #require(reply.output1.first { $0["pdno"] as? String == "055550" })
        #expect(row["hldg_qty"] as? String == "0")
        #expect(row["thdt_sll_qty"] as? String == "50")
        #expect(row["evlu_amt"] as? String == "0")
        await h.control.setClock(try #require(KSTTime(parsing: "2025-12-08T10:00:00+09:00")))
        let later = await h.get(
            .real, .balance, trID: "TTTC8434R", token: await h.token(.real), query: balanceQuery(h, .real))
        #expect(!later.output1.contains { $0["pdno"] as? String == "055550" }, "gone after D+2")
    }

    @Test func buyingPowerSubtractsOpenBuyOrders() async throws {
        let h = try SimHarness()
        let reply = await h.get(
            .real, .buyingPower, trID: "TTTC8908R", token: await h.token(.real),
            query: h.account(.real) + [("PDNO", "005930"), ("ORD_UNPR", "100000"), ("ORD_DVSN", "00")])
        #expect(reply.outputObject["ord_psbl_cash"] as? String == "\(18_350_000 - 2 * 520_000 - 9_925)")
        #expect(reply.outputObject["psbl_qty_calc_unpr"] as? String == "100000")
    }
}
