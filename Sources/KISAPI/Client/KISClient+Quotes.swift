package import PortfolioModel

extension KISClient {
    /// The current quote of a KRX stock (inquire-price, `FID_COND_MRKT_DIV_CODE=J`).
    /// - Parameter code: The stock.
    /// - Returns: Price, change, day range, previous close and volume.
    /// - Throws: ``KISError`` (`.rejected` with `MCA05918` for an unknown code).
    package func fetchQuote(_ code: StockCode) async throws -> Quote {
        let query = [("FID_COND_MRKT_DIV_CODE", "J"), ("FID_INPUT_ISCD", code.rawValue)]
        let response = try await perform(KISCall(endpoint: .price, query: query))
        guard let output = try response.decode(QuoteResponseDTO.self).output else {
            throw Self.missingPayload("output", response)
        }
        let reader = Self.reader(response, field: "output")
        let quote = try output.quote(reader, code: code)
        try BarCheck.quote(quote, limits: try output.limits(reader))
        return quote
    }

    /// The best bid and ask of a KRX stock (inquire-asking-price-exp-ccn).
    /// - Parameter code: The stock.
    /// - Returns: Level-1 prices and sizes plus total sizes.
    /// - Throws: ``KISError``.
    package func fetchAskingPrice(_ code: StockCode) async throws -> BestBidAsk {
        try await fetchAskingPrice(code, venue: .krx)
    }
}
