package import PortfolioModel

extension KISClient {
    /// The stock's name, quote, band and tick (inquire-price, then inquire-daily-itemchartprice for the name).
    /// - Parameters:
    ///   - code: The stock.
    ///   - today: Today in KST (the chart is asked for this one day; only its header is read).
    /// - Returns: The instrument.
    /// - Throws: ``KISError``: `.rejected` with `MCA05918` for an unknown code, `.invalidField` when KIS reports
    ///   no price or no name (a code that is not listed).
    package func fetchInstrument(_ code: StockCode, today: TradeDate) async throws -> Instrument {
        let priceQuery = [("FID_COND_MRKT_DIV_CODE", "J"), ("FID_INPUT_ISCD", code.rawValue)]
        let priceResponse = try await perform(KISCall(endpoint: .price, query: priceQuery))
        guard let quoteDTO = try priceResponse.decode(QuoteResponseDTO.self).output,
            let band = try priceResponse.decode(PriceBandResponseDTO.self).output
        else { throw Self.missingPayload("output", priceResponse) }
        let reader = Self.reader(priceResponse, field: "output")
        let quote = try quoteDTO.quote(reader, code: code)
        guard quote.price > .zero else {
            throw KISError(.invalidField, "\(code) has no price (not a listed code?)", operation: "inquire-price")
        }
        let limits = PriceLimits(
            upper: try reader.krw(band.upper, PriceBandDTO.CodingKeys.upper),
            lower: try reader.krw(band.lower, PriceBandDTO.CodingKeys.lower))
        let tick = try reader.krw(band.tick, PriceBandDTO.CodingKeys.tick)

        let chartQuery = [
            ("FID_COND_MRKT_DIV_CODE", "J"), ("FID_INPUT_ISCD", code.rawValue), ("FID_INPUT_DATE_1", today.compact),
            ("FID_INPUT_DATE_2", today.compact), ("FID_PERIOD_DIV_CODE", "D"), ("FID_ORG_ADJ_PRC", "0"),
        ]
        let chart = try await perform(KISCall(endpoint: .dailyChart, query: chartQuery))
        let name = (try chart.decode(ChartHeaderResponseDTO.self).header?.name ?? "").trimmingSpaces()
        guard !name.isEmpty else {
            throw KISError(
                .invalidField, "output1.hts_kor_isnm is empty for \(code)", operation: "inquire-daily-itemchartprice")
        }
        return Instrument(
            code: code, name: name, quote: quote, limits: limits, tick: tick,
            kind: Instrument.kind(name: name, price: quote.price, reportedTick: tick))
    }

    /// The best bid and ask on `venue` (`FID_COND_MRKT_DIV_CODE` `J` for KRX, `NX` for NXT, `UN` for SOR).
    /// - Parameters:
    ///   - code: The stock.
    ///   - venue: The venue whose book to read.
    /// - Returns: Level-1 prices and sizes.
    /// - Throws: ``KISError``.
    package func fetchAskingPrice(_ code: StockCode, venue: Venue) async throws -> BestBidAsk {
        let market = venue == .nxt ? "NX" : venue == .sor ? "UN" : "J"
        let query = [("FID_COND_MRKT_DIV_CODE", market), ("FID_INPUT_ISCD", code.rawValue)]
        let response = try await perform(KISCall(endpoint: .askingPrice, query: query))
        guard let book = try response.decode(AskingPriceResponseDTO.self).book else {
            throw Self.missingPayload("output1", response)
        }
        return try book.best(Self.reader(response, field: "output1"), code: code)
    }

    /// What can be bought of `code` at `price` with cash only (inquire-psbl-order with the stock and price).
    /// - Parameters:
    ///   - code: The stock.
    ///   - price: The limit price, or `nil` for a market-type order (KIS then sizes at the upper limit).
    /// - Returns: Orderable cash and the cash-only buy quantity (`nrcvb_buy_qty`).
    /// - Throws: ``KISError``.
    package func fetchOrderableCash(for code: StockCode, price: KRW?) async throws -> OrderableCash {
        let query =
            accountQuery + [
                ("PDNO", code.rawValue), ("ORD_UNPR", price.map { String($0.won) } ?? "0"),
                ("ORD_DVSN", price == nil ? "01" : "00"), ("CMA_EVLU_AMT_ICLD_YN", "N"), ("OVRS_ICLD_YN", "N"),
            ]
        let response = try await perform(KISCall(endpoint: .orderableCash, query: query))
        guard let output = try response.decode(OrderableCashResponseDTO.self).output else {
            throw Self.missingPayload("output", response)
        }
        return try output.orderableCash(Self.reader(response, field: "output"))
    }
}
