package import PortfolioModel

extension KISClient {
    /// The account's holdings and totals: one inquire-balance query, all pages.
    ///
    /// `AFHR_FLPR_YN=N` (regular KRX valuation) and nothing else: KIS's balance already covers every venue, and
    /// the flag only changes the valuation basis, so querying per venue and adding up would double the account
    /// (SPEC §4.1). `INQR_DVSN=01` as in KIS's own sample (`02` was refused for a while in 2026).
    /// - Returns: Every row (sold-out rows with quantity 0 included) and the summary of the last page.
    /// - Throws: ``KISError``.
    package func fetchBalance() async throws -> BalanceSnapshot {
        let query =
            accountQuery + [
                ("AFHR_FLPR_YN", "N"), ("OFL_YN", ""), ("INQR_DVSN", "01"), ("UNPR_DVSN", "01"),
                ("FUND_STTL_ICLD_YN", "N"), ("FNCG_AMT_AUTO_RDPT_YN", "N"), ("PRCS_DVSN", "00"),
            ]
        let pages = try await performPaged(endpoint: .balance, query: query)
        var holdings: [Holding] = []
        var summary: AccountSummary?
        for page in pages {
            let dto = try page.decode(BalancePageDTO.self)
            holdings += try Self.mapRows(dto.holdings, field: "output1", response: page, isBlank: \.isBlank) {
                try $0.holding($1)
            }
            if let row = dto.summary?.elements.first {
                summary = try row.summary(Self.reader(page, field: "output2[0]"))
            }
        }
        guard let summary else {
            throw KISError(.malformedResponse, "answer has no output2 account summary", operation: "inquire-balance")
        }
        return BalanceSnapshot(summary: summary, holdings: holdings)
    }
}
