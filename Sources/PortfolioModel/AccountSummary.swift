/// The account totals from the balance inquiry's `output2` (one per balance snapshot).
package struct AccountSummary: Hashable, Sendable, Codable {
    /// 예수금총금액 `dnca_tot_amt`: cash deposit (D+0).
    package var deposit: KRW
    /// 익일정산금액 `nxdy_excc_amt`: cash at D+1.
    package var nextDayCash: KRW
    /// 가수도정산금액 `prvs_rcdl_excc_amt`: cash at D+2, what is really available after settlement.
    package var availableCash: KRW
    /// 금일매수금액 `thdt_buy_amt`.
    package var todayBuyAmount: KRW
    /// 금일매도금액 `thdt_sll_amt`.
    package var todaySellAmount: KRW
    /// 금일제비용금액 `thdt_tlex_amt`: today's fees and taxes.
    package var todayFees: KRW
    /// 유가평가금액 `scts_evlu_amt`: securities value.
    package var stockEvaluation: KRW
    /// 총평가금액 `tot_evlu_amt`: securities value + D+2 cash.
    package var totalEvaluation: KRW
    /// 순자산금액 `nass_amt`.
    package var netAssets: KRW
    /// 매입금액합계금액 `pchs_amt_smtl_amt`.
    package var totalPurchase: KRW
    /// 평가손익합계금액 `evlu_pfls_smtl_amt`.
    package var totalProfitLoss: KRW
    /// 전일총자산평가금액 `bfdy_tot_asst_evlu_amt`.
    package var previousTotalAssets: KRW
    /// 자산증감액 `asst_icdc_amt`: change in assets since yesterday.
    package var assetChange: KRW

    /// Creates a summary; amounts not given are zero.
    package init(
        deposit: KRW, nextDayCash: KRW = .zero, availableCash: KRW, todayBuyAmount: KRW = .zero,
        todaySellAmount: KRW = .zero, todayFees: KRW = .zero, stockEvaluation: KRW, totalEvaluation: KRW,
        netAssets: KRW = .zero, totalPurchase: KRW, totalProfitLoss: KRW, previousTotalAssets: KRW = .zero,
        assetChange: KRW = .zero
    ) {
        self.deposit = deposit
        self.nextDayCash = nextDayCash
        self.availableCash = availableCash
        self.todayBuyAmount = todayBuyAmount
        self.todaySellAmount = todaySellAmount
        self.todayFees = todayFees
        self.stockEvaluation = stockEvaluation
        self.totalEvaluation = totalEvaluation
        self.netAssets = netAssets
        self.totalPurchase = totalPurchase
        self.totalProfitLoss = totalProfitLoss
        self.previousTotalAssets = previousTotalAssets
        self.assetChange = assetChange
    }
}
