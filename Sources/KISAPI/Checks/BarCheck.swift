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
            try c.weekday(bar.date, "stck_bsop_date")
            try c.ohlc(
                open: bar.open, high: bar.high, low: bar.low, close: bar.close, volume: bar.volume, fields: .daily)
            try c.require(bar.close.won > 0, "stck_clpr is 0")
            try c.nonNegative(bar.turnover.won, "acml_tr_pbmn")
        }
    }

    /// Checks the minute bars of one inquire-time-itemchartprice answer: today's, at or before the asked time,
    /// on the price grid, and within the widest band a KRX stock can move from `previousClose` in a day (a
    /// listing day's 60–400 % of the base price; the ±30 % of other days lies inside it).
    static func minute(
        _ bars: [MinuteBar], code: StockCode, day: TradeDate, through time: KSTTime, previousClose: KRW
    ) throws {
        let band = previousClose.won > 0 ? (previousClose.won * 6 / 10)...(previousClose.won * 4) : 0...Int64.max
        var seen = Set<Date>()
        for (index, bar) in bars.enumerated() {
            let c = ReplyCheck(operation: KISEndpoint.minuteChart.name, subject: "\(code) output2[\(index)]")
            let barDay = TradeDate(bar.minute)
            try c.require(barDay == day, "stck_bsop_date \(barDay.compact) is not the asked day \(day.compact)")
            let barTime = KST.timeOfDay(bar.minute)
            try c.require(barTime <= time, "stck_cntg_hour \(barTime.compact) is after the asked \(time.compact)")
            try c.require(
                barTime.secondOfDay % 60 == 0, "stck_cntg_hour \(barTime.compact) is not the start of a minute")
            try c.require(seen.insert(bar.minute).inserted, "stck_cntg_hour \(barTime.compact) appears twice")
            for (price, field) in [
                (bar.open, "stck_oprc"), (bar.high, "stck_hgpr"), (bar.low, "stck_lwpr"), (bar.close, "stck_prpr"),
            ] {
                try c.onGrid(price, field)
                try c.require(
                    price == .zero || band.contains(price.won),
                    "\(field) \(price.won) is beyond any day's move from stck_prdy_clpr \(previousClose.won)")
            }
            try c.ohlc(
                open: bar.open, high: bar.high, low: bar.low, close: bar.close, volume: bar.volume, fields: .minute)
            try c.require(bar.close.won > 0, "stck_prpr is 0")
        }
    }

    /// Checks a quote: a price, today's range around it once the stock traded, inside today's limits.
    static func quote(_ q: Quote, limits: PriceLimits?) throws {
        let c = ReplyCheck(operation: KISEndpoint.price.name, subject: "\(q.code) output")
        if let limits, limits.upper.won > 0 {
            for (price, field) in [(q.high, "stck_hgpr"), (q.low, "stck_lwpr"), (q.price, "stck_prpr")]
            where price.won > 0 {
                try c.require(
                    limits.contains(price),
                    "\(field) \(price.won) is outside today's limits \(limits.lower.won)–\(limits.upper.won)")
            }
        }
        try c.ohlc(open: q.open, high: q.high, low: q.low, close: q.price, volume: q.volume, fields: .quote)
        try c.require(q.price.won > 0, "stck_prpr is 0")
        try c.nonNegative(q.previousClose.won, "stck_sdpr")
        for (price, field) in [
            (q.open, "stck_oprc"), (q.high, "stck_hgpr"), (q.low, "stck_lwpr"), (q.price, "stck_prpr"),
        ] {
            try c.onGrid(price, field)
        }
        guard q.previousClose.won > 0 else { return }
        try c.require(q.price - q.change == q.previousClose, "prdy_vrss \(q.change.won) ≠ stck_prpr − stck_sdpr")
        if let rate = Percent.ratio(q.change.won, q.previousClose.won) {
            try c.require(
                abs(rate.hundredths - q.changeRate.hundredths) <= 1,
                "prdy_ctrt \(q.changeRate.decimalText) ≠ prdy_vrss ÷ stck_sdpr (\(rate.decimalText))")
        }
    }
}
