package import PortfolioModel

/// The top of a stock's order book (inquire-asking-price-exp-ccn `output1`, level 1).
package struct BestBidAsk: Sendable, Hashable {
    /// The stock.
    package var code: StockCode
    /// 호가접수시간 `aspr_acpt_hour`, when KIS took the snapshot (nil if KIS sent none).
    package var time: KSTTime?
    /// 매도호가1 `askp1`: the lowest ask (0 when there is none, for example outside hours).
    package var askPrice: KRW
    /// 매도호가잔량1 `askp_rsqn1`.
    package var askQuantity: Int64
    /// 매수호가1 `bidp1`: the highest bid.
    package var bidPrice: KRW
    /// 매수호가잔량1 `bidp_rsqn1`.
    package var bidQuantity: Int64
    /// 총매도호가잔량 `total_askp_rsqn`.
    package var totalAskQuantity: Int64
    /// 총매수호가잔량 `total_bidp_rsqn`.
    package var totalBidQuantity: Int64

    /// Creates a value.
    package init(
        code: StockCode, time: KSTTime?, askPrice: KRW, askQuantity: Int64, bidPrice: KRW, bidQuantity: Int64,
        totalAskQuantity: Int64, totalBidQuantity: Int64
    ) {
        self.code = code
        self.time = time
        self.askPrice = askPrice
        self.askQuantity = askQuantity
        self.bidPrice = bidPrice
        self.bidQuantity = bidQuantity
        self.totalAskQuantity = totalAskQuantity
        self.totalBidQuantity = totalBidQuantity
    }
}
