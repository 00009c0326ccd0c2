/// One position from the balance inquiry's `output1`.
package struct Holding: Hashable, Sendable, Codable {
    package var code: StockCode
    /// 상품명 `prdt_name`.
    package var name: String
    /// 보유수량 `hldg_qty`.
    ///
    /// Zero for a position sold out today (KIS keeps such rows until D+2).
    package var quantity: Int64
    /// 주문가능수량 `ord_psbl_qty`.
    package var orderableQuantity: Int64
    /// 매입평균가격 `pchs_avg_pric` (four decimals).
    package var averagePrice: AveragePrice
    /// 매입금액 `pchs_amt`.
    package var purchaseAmount: KRW
    /// 현재가 `prpr`.
    package var currentPrice: KRW
    /// 평가금액 `evlu_amt`.
    package var evaluationAmount: KRW
    /// 평가손익금액 `evlu_pfls_amt`.
    package var profitLoss: KRW
    /// 평가손익율 `evlu_pfls_rt`.
    package var profitLossRate: Percent
    /// 등락율 `fltt_rt`: today's price change.
    package var dayChangeRate: Percent
    /// 전일대비증감 `bfdy_cprs_icdc`: today's price change per share.
    package var dayChange: KRW
    /// 금일매수수량 `thdt_buyqty`.
    package var todayBoughtQuantity: Int64
    /// 금일매도수량 `thdt_sll_qty`.
    package var todaySoldQuantity: Int64

    /// Creates a holding.
    package init(
        code: StockCode, name: String, quantity: Int64, orderableQuantity: Int64, averagePrice: AveragePrice,
        purchaseAmount: KRW, currentPrice: KRW, evaluationAmount: KRW, profitLoss: KRW, profitLossRate: Percent,
        dayChangeRate: Percent, dayChange: KRW = .zero, todayBoughtQuantity: Int64 = 0, todaySoldQuantity: Int64 = 0
    ) {
        self.code = code
        self.name = name
        self.quantity = quantity
        self.orderableQuantity = orderableQuantity
        self.averagePrice = averagePrice
        self.purchaseAmount = purchaseAmount
        self.currentPrice = currentPrice
        self.evaluationAmount = evaluationAmount
        self.profitLoss = profitLoss
        self.profitLossRate = profitLossRate
        self.dayChangeRate = dayChangeRate
        self.dayChange = dayChange
        self.todayBoughtQuantity = todayBoughtQuantity
        self.todaySoldQuantity = todaySoldQuantity
    }

    /// The price at yesterday's close, derived from today's change.
    package var previousClose: KRW { currentPrice - dayChange }
}

/// Everything one balance inquiry returns, across all its pages.
package struct BalanceSnapshot: Hashable, Sendable, Codable {
    package var summary: AccountSummary
    /// Every row KIS returned, including sold-out rows with quantity 0.
    package var holdings: [Holding]

    /// Creates a snapshot.
    package init(summary: AccountSummary, holdings: [Holding]) {
        self.summary = summary
        self.holdings = holdings
    }

    /// The positions actually held (quantity > 0).
    package var heldPositions: [Holding] { holdings.filter { $0.quantity > 0 } }
}
