import Foundation
import Testing

@testable import KISSimulator

@Suite struct DatasetTests {
    /// A small file in gen_dataset.py's format.
    static let sample: String = {
        func minutes(_ start: Int) -> String {
            (0..<390).map { m in
                let time = KSTTime.compactTime(9 * 3600 + m * 60)
                return #"{"time":"\#(time)","price":\#(start + (m % 7) * 100),"volume":\#(1000 + m)}"#
            }.joined(separator: ",")
        }
        let daily1 =
            #"[{"date":"2025-11-19","open":70000,"high":71000,"low":69500,"close":70500,"volume":300000},{"date":"2025-11-20","open":70600,"high":71200,"low":70600,"close":71000,"volume":\#((0..<390).reduce(0) { $0 + 1000 + $1 })}]"#
        let daily2 =
            #"[{"date":"2025-11-19","open":200000,"high":202000,"low":199000,"close":201000,"volume":90000},{"date":"2025-11-20","open":200600,"high":201200,"low":200600,"close":201000,"volume":\#((0..<390).reduce(0) { $0 + 1000 + $1 })}]"#
        return """
            {"meta":{"generator":"gen_dataset.py","seed":42,"holdings":2,"executions":2},
             "account":{"broker":"한국투자증권","account_no":"5012****-01","owner":"홍길동","as_of":"2025-11-20T15:40:00+09:00"},
             "summary":{"deposit":5000000,"available":4000000,"today_buy_amt":710000,"today_sell_amt":2012000,"today_fee":400,"stock_eval_amt":0,"total_eval_amt":0,"total_profit_loss":0,"total_buy_amt":0},
             "holdings":[
              {"stock_code":"005930","stock_name":"삼성전자","holding_qty":100,"pchs_avg_pric":68000.5,"pchs_amt":6800050,"prpr":71200,"evlu_amt":7120000,"evlu_pfls_amt":319950,"evlu_pfls_rt":4.71,"fllt_rt":0.99,"prdy_clpr":70500,"daily":\(daily1),"minute":[\(minutes(70600))]},
              {"stock_code":"000660","stock_name":"SK하이닉스","holding_qty":7,"pchs_avg_pric":190000.0,"pchs_amt":1330000,"prpr":201200,"evlu_amt":1408400,"evlu_pfls_amt":78400,"evlu_pfls_rt":5.89,"fllt_rt":0.1,"prdy_clpr":201000,"daily":\(daily2),"minute":[\(minutes(200600))]}],
             "executions":[
              {"odno":"0001499704","stock_code":"005930","stock_name":"삼성전자","side":"BUY","qty":10,"price":71000,"amount":710000,"time":"103949"},
              {"odno":"0001499711","stock_code":"000660","stock_name":"SK하이닉스","side":"SELL","qty":10,"price":201200,"amount":2012000,"time":"104351"}],
             "unfilled":[
              {"odno":"0001500204","stock_code":"005930","stock_name":"삼성전자","side":"BUY","order_qty":10,"filled_qty":3,"remaining_qty":7,"order_price":69000,"time":"104527"}],
             "ai":{"diagnosis":"","comments":{}}}
            """
    }()

    static func load(side: SimulatorSide = .paper) throws -> Scenario {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("dataset-\(UUID().uuidString).json")
        try Data(sample.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        return try Scenario(datasetAt: url, options: DatasetImportOptions(side: side))
    }

    @Test func datasetBecomesAnAccountWithItsOwnBars() async throws {
        let scenario = try Self.load()
        #expect(scenario.clock.now == "2025-11-20T15:40:00+09:00")
        let account = try #require(scenario.account(.paper))
        #expect(account.account == "50120042-01")
        #expect(account.appKey.contains("-"))
        let h = try SimHarness(scenario: scenario, now: scenario.clock.now)
        let token = await h.token(.paper)
        let balance = await h.get(.paper, .balance, trID: "VTTC8434R", token: token, query: balanceQuery(h, .paper))
        let summary = try #require((balance.json["output2"] as? [[String: Any]])?.first)
        #expect(summary["dnca_tot_amt"] as? String == "5000000")
        // The executions plus the 3 already filled of the unfilled order.
        #expect(summary["thdt_buy_amt"] as? String == "\(710_000 + 3 * 69_000)")
        #expect(summary["thdt_sll_amt"] as? String == "2012000")
        #expect(summary["thdt_tlex_amt"] as? String == "400")
        let row = try #require(balance.output1.first { $0["pdno"] as? String == "005930" })
        #expect(row["prpr"] as? String == "\(70600 + (389 % 7) * 100)")
        #expect(row["pchs_amt"] as? String == "6800050")
        #expect(row["hldg_qty"] as? String == "100")

        let minute = await h.get(
            .paper, .minuteChart, trID: "FHKST03010200", token: token,
            query: quoteQuery("005930", [("FID_INPUT_HOUR_1", "090400")]))
        let bars = minute.json["output2"] as? [[String: Any]] ?? []
        #expect(bars.compactMap { $0["stck_prpr"] as? String } == ["71000", "70900", "70800", "70700", "70600"])
        #expect(bars.first?["cntg_vol"] as? String == "1004")
        let daily = await h.get(
            .paper, .dailyChart, trID: "FHKST03010100", token: token,
            query: quoteQuery(
                "005930",
                [("FID_INPUT_DATE_1", "20251101"), ("FID_INPUT_DATE_2", "20251120"), ("FID_PERIOD_DIV_CODE", "D")]))
        #expect(
            (daily.json["output2"] as? [[String: Any]])?.compactMap { $0["stck_clpr"] as? String } == [
                "71000", "70500",
            ])

        let open = await h.get(
            .paper, .dailyExecutions, trID: "VTTC0081R", token: token, query: h.account(.paper) + [("CCLD_DVSN", "02")])
        #expect(open.output1.first?["odno"] as? String == "0001500204")
        #expect(open.output1.first?["rmn_qty"] as? String == "7")
        let power = await h.get(.paper, .buyingPower, trID: "VTTC8908R", token: token, query: h.account(.paper))
        #expect(power.outputObject["ord_psbl_cash"] as? String == "\(5_000_000 - 7 * 69_000 - 400)")
    }

    @Test func datasetCanBeServedOnTheRealSide() async throws {
        let scenario = try Self.load(side: .real)
        #expect(scenario.account(.real) != nil)
        #expect(scenario.account(.paper) == nil)
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/work/shared/bench/peer-python/gen_dataset.py")))
    func generatorOutputLoads() async throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("gen-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: output) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", "/work/shared/bench/peer-python/gen_dataset.py", "--holdings", "30", "--executions", "10", "-o",
            output.path,
        ]
        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
            do { try process.run() } catch { continuation.resume(throwing: error) }
        }
        try #require(status == 0)
        let scenario = try Scenario(datasetAt: output)
        let h = try SimHarness(scenario: scenario, now: scenario.clock.now)
        let token = await h.token(.paper)
        let balance = await h.get(.paper, .balance, trID: "VTTC8434R", token: token, query: balanceQuery(h, .paper))
        #expect(balance.output1.count == 20)
        #expect(balance.header("tr_cont") == "M")
        let raw = try JSONSerialization.jsonObject(with: Data(contentsOf: output)) as? [String: Any]
        let summary = raw?["summary"] as? [String: Any]
        let output2 = (balance.json["output2"] as? [[String: Any]])?.first
        #expect(output2?["scts_evlu_amt"] as? String == "\(summary?["stock_eval_amt"] as? Int ?? -1)")
        #expect(output2?["tot_evlu_amt"] as? String == "\(summary?["total_eval_amt"] as? Int ?? -1)")
        #expect(output2?["evlu_pfls_smtl_amt"] as? String == "\(summary?["total_profit_loss"] as? Int ?? -1)")
        let power = await h.get(.paper, .buyingPower, trID: "VTTC8908R", token: token, query: h.account(.paper))
        #expect(power.outputObject["ord_psbl_cash"] as? String == "\(summary?["available"] as? Int ?? -1)")
    }
}
