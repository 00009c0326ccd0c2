import Foundation
import PortfolioModel

/// The rules of price replies: each bar's OHLC order, and its date against the request.
enum BarCheck {
    /// Checks the daily bars of one inquire-daily-itemchartprice answer against the asked range.
    static func daily(_ bars: [DailyBar], code: StockCode, from: TradeDate, through: TradeDate) throws {
        var seen = Set<TradeDate>()
        for (index, bar) in bars.enumerated() {
            let c = ReplyCheck(operation: KISEndpoint.dailyChart.name, subject: "\(code) output2[\(index)]")
            try c.require(
                bar.date >= from && bar.date <= through,
                "stck_bsop_date \(bar.date.compact) is outside the asked \(from.compact)–\(through.compact)")
            try c.require(seen.insert(bar.date).inserted, "stck_bsop_date \(bar.date.compact) appears twice")
            try c.ohlc(open: bar.open, high: bar.high, low: bar.low, close: bar.close, volume: bar.volume, fields: .daily)
            try c.require(bar.close.won > 0, "stck_clpr is 0")
            try c.nonNegative(bar.turnover.won, "acml_tr_pbmn")
        }
    }

    /// Checks the minute bars of one inquire-time-itemchartprice answer: today's, at or before the asked time.
    static func minute(_ bars: [MinuteBar], code: StockCode, day: TradeDate, through time: KSTTime) throws {
        var seen = Set<Date>()
        for (index, bar) in bars.enumerated() {
            let c = ReplyCheck(operation: KISEndpoint.minuteChart.name, subject: "\(code) output2[\(index)]")
            let barDay = TradeDate(bar.minute)
            try c.require(barDay == day, "stck_bsop_date \(barDay.compact) is not the asked day \(day.compact)")
            let barTime = KST.timeOfDay(bar.minute)
            try c.require(barTime <= time, "stck_cntg_hour \(barTime.compact) is after the asked \(time.compact)")
            try c.require(seen.insert(bar.minute).inserted, "stck_cntg_hour \(barTime.compact) appears twice")
            try c.ohlc(open: bar.open, high: bar.high, low: bar.low, close: bar.close, volume: bar.volume, fields: .minute)
            try c.require(bar.close.won > 0, "stck_prpr is 0")
        }
    }

    /// Checks a quote: a price, and today's range around it once the stock traded.
    static func quote(_ q: Quote) throws {
        let c = ReplyCheck(operation: KISEndpoint.price.name, subject: "\(q.code) output")
        try c.ohlc(open: q.open, high: q.high, low: q.low, close: q.price, volume: q.volume, fields: .quote)
        try c.require(q.price.won > 0, "stck_prpr is 0")
        try c.nonNegative(q.previousClose.won, "stck_sdpr")
        try c.require(
            q.previousClose.won == 0 || q.price - q.change == q.previousClose,
            "prdy_vrss \(q.change.won) ≠ stck_prpr − stck_sdpr")
    }
}
