import PortfolioModel

extension KISClient {
    /// What the account can spend on buying (inquire-psbl-order, amount-only: no stock, price `0`, market type).
    /// - Returns: Orderable cash and the cash-only / maximum buy amounts.
    /// - Throws: ``KISError``.
    package func fetchOrderableCash() async throws -> OrderableCash {
        let query =
            accountQuery + [
                ("PDNO", ""), ("ORD_UNPR", "0"), ("ORD_DVSN", "01"), ("CMA_EVLU_AMT_ICLD_YN", "N"),
                ("OVRS_ICLD_YN", "N"),
            ]
        let response = try await perform(KISCall(endpoint: .orderableCash, query: query))
        guard let output = try response.decode(OrderableCashResponseDTO.self).output else {
            throw Self.missingPayload("output", response)
        }
        return try output.orderableCash(Self.reader(response, field: "output"))
    }
}
