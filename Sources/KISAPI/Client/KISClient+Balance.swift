package import PortfolioModel

extension KISClient {
    /// The account's holdings and totals: one inquire-balance query, all pages.
    ///
    /// `AFHR_FLPR_YN=N` (regular KRX valuation) and nothing else: KIS's balance already covers every venue, and
    /// the flag only changes the valuation basis, so querying per venue and adding up would double the account
    /// (SPEC §4.1). `INQR_DVSN=01` as in KIS's own sample (`02` was refused for a while in 2026).
    /// Every row and the totals are checked (``BalanceCheck``) and a stock's rows per loan date are combined.
    /// - Returns: One row per stock (sold-out rows with quantity 0 included) and the summary of the last page.
    /// - Throws: ``KISError``; `.inconsistentReply` when the rows or totals break a rule.
    package func fetchBalance() async throws -> BalanceSnapshot {
        let query =
            accountQuery + [
                ("AFHR_FLPR_YN", "N"), ("OFL_YN", ""), ("INQR_DVSN", "01"), ("UNPR_DVSN", "01"),
                ("FUND_STTL_ICLD_YN", "N"), ("FNCG_AMT_AUTO_RDPT_YN", "N"), ("PRCS_DVSN", "00"),
            ]
        let pages = try await performPaged(endpoint: .balance, query: query)
        var holdings: [Holding] = []
        var summary: AccountSummary?
        var rowsEvaluation: KRW?
        var plainCash = false
        for (index, page) in pages.enumerated() {
            let dto = try page.decode(BalancePageDTO.self)
            let field = pages.count > 1 ? "page \(index + 1) output1" : "output1"
            holdings += try Self.mapRows(dto.holdings, field: field, response: page, isBlank: \.isBlank) {
                let holding = try $0.holding($1)
                try BalanceCheck.row(holding, label: $1.row)
                return holding
            }
            if let row = dto.summary?.elements.first {
                let reader = Self.reader(page, field: "output2[0]")
                summary = try row.summary(reader)
                plainCash = try row.isPlainCashAccount(reader)
                rowsEvaluation = try row.rowsEvaluation.map {
                    try reader.krw($0, BalanceSummaryDTO.CodingKeys.rowsEvaluation)
                }
            }
        }
        guard let summary else {
            throw KISError(.malformedResponse, "answer has no output2 account summary", operation: "inquire-balance")
        }
        try BalanceCheck.totals(summary, rowsEvaluation: rowsEvaluation, rows: holdings)
        if plainCash { try BalanceCheck.cashIdentities(summary) }
        return BalanceSnapshot(summary: summary, holdings: try BalanceCheck.combine(holdings))
    }
}
