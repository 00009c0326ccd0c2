import PortfolioModel

/// The `output2[0]` account summary of inquire-balance (SPEC §5.1).
struct BalanceSummaryDTO: Decodable {
    var deposit: String?
    var nextDayCash: String?
    var availableCash: String?
    var todayBuyAmount: String?
    var todaySellAmount: String?
    var todayFees: String?
    var stockEvaluation: String?
    var totalEvaluation: String?
    var netAssets: String?
    var totalPurchase: String?
    var totalProfitLoss: String?
    var previousTotalAssets: String?
    var assetChange: String?
    /// 평가금액합계금액 `evlu_amt_smtl_amt`: the sum of the rows' `evlu_amt` (used to check the rows only).
    var rowsEvaluation: String?
    /// 총대출금액 `tot_loan_amt` and CMA평가금액 `cma_evlu_amt`: when both are 0, the account's totals follow
    /// simple identities that are checked (loans and CMA balances change them).
    var totalLoans: String?
    var cmaEvaluation: String?

    enum CodingKeys: String, CodingKey {
        case deposit = "dnca_tot_amt"
        case nextDayCash = "nxdy_excc_amt"
        case availableCash = "prvs_rcdl_excc_amt"
        case todayBuyAmount = "thdt_buy_amt"
        case todaySellAmount = "thdt_sll_amt"
        case todayFees = "thdt_tlex_amt"
        case stockEvaluation = "scts_evlu_amt"
        case totalEvaluation = "tot_evlu_amt"
        case netAssets = "nass_amt"
        case totalPurchase = "pchs_amt_smtl_amt"
        case totalProfitLoss = "evlu_pfls_smtl_amt"
        case previousTotalAssets = "bfdy_tot_asst_evlu_amt"
        case assetChange = "asst_icdc_amt"
        case rowsEvaluation = "evlu_amt_smtl_amt"
        case totalLoans = "tot_loan_amt"
        case cmaEvaluation = "cma_evlu_amt"
    }

    /// Whether the account has neither loans nor a CMA balance (missing fields count as 0).
    func isPlainCashAccount(_ r: FieldReader) throws -> Bool {
        try [(totalLoans, CodingKeys.totalLoans), (cmaEvaluation, CodingKeys.cmaEvaluation)].allSatisfy {
            try r.optionalInt($0.0, $0.1) ?? 0 == 0
        }
    }

    func summary(_ r: FieldReader) throws -> AccountSummary {
        AccountSummary(
            deposit: try r.krw(deposit, CodingKeys.deposit),
            nextDayCash: try r.krw(nextDayCash, CodingKeys.nextDayCash),
            availableCash: try r.krw(availableCash, CodingKeys.availableCash),
            todayBuyAmount: try r.krw(todayBuyAmount, CodingKeys.todayBuyAmount),
            todaySellAmount: try r.krw(todaySellAmount, CodingKeys.todaySellAmount),
            todayFees: try r.krw(todayFees, CodingKeys.todayFees),
            stockEvaluation: try r.krw(stockEvaluation, CodingKeys.stockEvaluation),
            totalEvaluation: try r.krw(totalEvaluation, CodingKeys.totalEvaluation),
            netAssets: try r.krw(netAssets, CodingKeys.netAssets),
            totalPurchase: try r.krw(totalPurchase, CodingKeys.totalPurchase),
            totalProfitLoss: try r.krw(totalProfitLoss, CodingKeys.totalProfitLoss),
            previousTotalAssets: try r.krw(previousTotalAssets, CodingKeys.previousTotalAssets),
            assetChange: try r.krw(assetChange, CodingKeys.assetChange))
    }
}
