import Foundation
import KISDashTestSupport
import PortfolioModel
import Testing

@testable import KISAPI

/// inquire-balance replies that cannot be right are refused with one line naming the field and the rule; a stock
/// on several rows (one per loan date) is one position.
@Suite struct BalanceCheckTests {
    private func fetch(_ edit: @escaping (inout [String: Any]) -> Void) async throws -> BalanceSnapshot {
        let h = try Harness()
        h.transport.script("inquire-balance", try edited("inquire-balance", edit))
        return try await h.client().fetchBalance()
    }

    private func refusal(_ edit: @escaping (inout [String: Any]) -> Void) async throws -> KISError {
        do {
            let balance = try await fetch(edit)
            Issue.record("accepted: \(balance.holdings.map(\.quantity))")
            throw CancellationError()
        } catch let error as KISError { return error }
    }

    @Test func rowsPerLoanDateAreCombinedIntoOnePosition() async throws {
        let balance = try await fetch { o in
            // Samsung's 150 shares as 100 cash + 50 on a margin loan: same price, amounts split.
            var rows = o.rows("output1")
            var cash = rows[0], loan = rows[0]
            cash.merge([
                "hldg_qty": "100", "ord_psbl_qty": "100", "pchs_amt": "5800000", "pchs_avg_pric": "58000.0000",
                "evlu_amt": "6240000", "evlu_pfls_amt": "440000", "evlu_pfls_rt": "7.59", "thdt_buyqty": "10",
            ]) { $1 }
            loan.merge([
                "hldg_qty": "50", "ord_psbl_qty": "50", "pchs_amt": "2932000", "pchs_avg_pric": "58640.0000",
                "evlu_amt": "3120000", "evlu_pfls_amt": "188000", "evlu_pfls_rt": "6.41", "thdt_buyqty": "0",
                "trad_dvsn_name": "자기융자", "loan_dt": "20250701",
            ]) { $1 }
            rows[0] = cash
            rows.append(loan)
            o["output1"] = rows
        }
        #expect(balance.holdings.map(\.code.rawValue) == ["005930", "000660"])
        let samsung = try #require(balance.holdings.first)
        #expect(samsung.quantity == 150)
        #expect(samsung.orderableQuantity == 150)
        #expect(samsung.purchaseAmount == KRW(8_732_000))
        #expect(samsung.evaluationAmount == KRW(9_360_000))
        #expect(samsung.profitLoss == KRW(628_000))
        #expect(samsung.averagePrice == AveragePrice(tenThousandths: 582_133_333))
        #expect(samsung.profitLossRate == Percent(hundredths: 719))
        #expect(samsung.todayBoughtQuantity == 10)
    }

    @Test func rowsOfOneStockAtDifferentPricesAreRefused() async throws {
        let error = try await refusal { o in
            var rows = o.rows("output1")
            var other = rows[1]
            other["pdno"] = "005930"
            rows.append(other)
            o["output1"] = rows
        }
        #expect(error.code == .inconsistentReply)
    }

    @Test func noHoldingsWhileTheTotalsCountStocksIsRefused() async throws {
        let error = try await refusal { o in o["output1"] = [[String: Any]]() }
        #expect(error.code == .inconsistentReply)
        #expect(error.message.contains("scts_evlu_amt 15030000 but output1 holds no stock"))
    }

    @Test(arguments: [
        ("hldg_qty", "-20", "hldg_qty -20 is negative"),
        ("ord_psbl_qty", "30", "ord_psbl_qty 30 exceeds hldg_qty 20"),
        ("evlu_amt", "5670001", "evlu_amt 5670001 ≠ prpr × hldg_qty"),
        ("evlu_pfls_amt", "365001", "evlu_pfls_amt 365001 ≠ evlu_amt − pchs_amt 365000"),
        ("pchs_avg_pric", "165250.0000", "pchs_amt 5305000 ≠ pchs_avg_pric × hldg_qty"),
        ("evlu_pfls_rt", "16.88", "evlu_pfls_rt 16.88 ≠ evlu_pfls_amt ÷ pchs_amt (6.88)"),
        ("prpr", "0", "evlu_amt 5670000 ≠ prpr × hldg_qty"),
    ])
    func aRowThatBreaksKISsOwnIdentitiesIsRefused(field: String, value: String, rule: String) async throws {
        let error = try await refusal { $0.set("output1", 1, field, value) }
        #expect(error.code == .inconsistentReply)
        #expect(error.message == "inquire-balance output1[1] 000660: \(rule)")
    }

    @Test(arguments: ["evlu_amt_smtl_amt", "pchs_amt_smtl_amt", "evlu_pfls_smtl_amt"])
    func totalsThatDisagreeWithTheRowsAreRefused(field: String) async throws {
        let error = try await refusal { $0.set("output2", 0, field, "1") }
        #expect(error.code == .inconsistentReply)
        #expect(error.message.hasPrefix("inquire-balance output2: \(field) 1 ≠ the sum of output1"))
    }

    @Test(arguments: ["61300.7", "62400.5"])
    func fractionalWonIsRefusedNotRounded(value: String) async throws {
        let error = try await refusal { $0.set("output1", 0, "prpr", value) }
        #expect(error.code == .invalidField)
        #expect(error.message == "inquire-balance output1[0].prpr: \"\(value)\" is not a whole number")
    }

    @Test func wholeWonWithZeroDecimalsIsAccepted() async throws {
        let balance = try await fetch { $0.set("output1", 0, "prpr", "62400.00") }
        #expect(balance.holdings.first?.currentPrice == KRW(62_400))
    }
}
