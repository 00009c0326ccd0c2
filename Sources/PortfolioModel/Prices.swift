package import Foundation

/// One trading day of a stock (inquire-daily-itemchartprice `output2`).
package struct DailyBar: Hashable, Sendable, Codable {
    package var code: StockCode
    package var date: TradeDate
    package var open: KRW
    package var high: KRW
    package var low: KRW
    package var close: KRW
    package var volume: Int64
    /// 누적거래대금 `acml_tr_pbmn`.
    package var turnover: KRW

    /// Creates a daily bar.
    package init(
        code: StockCode, date: TradeDate, open: KRW, high: KRW, low: KRW, close: KRW, volume: Int64,
        turnover: KRW = .zero
    ) {
        self.code = code
        self.date = date
        self.open = open
        self.high = high
        self.low = low
        self.close = close
        self.volume = volume
        self.turnover = turnover
    }
}

/// One minute of a stock's trading today (inquire-time-itemchartprice `output2`).
package struct MinuteBar: Hashable, Sendable, Codable {
    package var code: StockCode
    /// The start of the minute (an instant; shown in KST).
    package var minute: Date
    package var open: KRW
    package var high: KRW
    package var low: KRW
    /// The last price in the minute (`stck_prpr`).
    package var close: KRW
    /// 체결거래량 `cntg_vol`: volume traded in the minute.
    package var volume: Int64

    /// Creates a minute bar.
    package init(code: StockCode, minute: Date, open: KRW, high: KRW, low: KRW, close: KRW, volume: Int64) {
        self.code = code
        self.minute = minute
        self.open = open
        self.high = high
        self.low = low
        self.close = close
        self.volume = volume
    }
}

/// A stock's current quote (inquire-price `output`).
package struct Quote: Hashable, Sendable, Codable {
    package var code: StockCode
    package var price: KRW
    /// 전일대비 `prdy_vrss` (signed).
    package var change: KRW
    package var changeRate: Percent
    package var open: KRW
    package var high: KRW
    package var low: KRW
    /// 주식기준가 `stck_sdpr`: the previous close.
    package var previousClose: KRW
    package var volume: Int64

    /// Creates a quote.
    package init(
        code: StockCode, price: KRW, change: KRW, changeRate: Percent, open: KRW, high: KRW, low: KRW,
        previousClose: KRW, volume: Int64
    ) {
        self.code = code
        self.price = price
        self.change = change
        self.changeRate = changeRate
        self.open = open
        self.high = high
        self.low = low
        self.previousClose = previousClose
        self.volume = volume
    }
}

/// One calendar day from KIS's holiday inquiry (chk-holiday).
package struct MarketDay: Hashable, Sendable, Codable {
    package var date: TradeDate
    /// 영업일여부 `bzdy_yn`.
    package var isBusinessDay: Bool
    /// 거래일여부 `tr_day_yn`.
    package var isTradingDay: Bool
    /// 개장일여부 `opnd_yn`: the market opens (the flag to use for "will the market run").
    package var isOpen: Bool
    /// 결제일여부 `sttl_day_yn`.
    package var isSettlementDay: Bool

    /// Creates a market day.
    package init(date: TradeDate, isBusinessDay: Bool, isTradingDay: Bool, isOpen: Bool, isSettlementDay: Bool) {
        self.date = date
        self.isBusinessDay = isBusinessDay
        self.isTradingDay = isTradingDay
        self.isOpen = isOpen
        self.isSettlementDay = isSettlementDay
    }
}
