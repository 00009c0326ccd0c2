/// One day of OHLCV for a stock.
struct DailyBar: Sendable, Equatable {
    var date: KSTDate
    var open: Int
    var high: Int
    var low: Int
    var close: Int
    var volume: Int
    /// 누적거래대금 in KRW.
    var turnover: Int
}

/// One completed one-minute bar of a session; `index` 0 is 09:00.
struct MinuteBar: Sendable, Equatable {
    var index: Int
    var open: Int
    var high: Int
    var low: Int
    var close: Int
    var volume: Int

    /// Seconds after midnight at which the bar starts.
    var startSecond: Int { Session.openSecond + index * 60 }
}

/// A whole regular session: the minute path and its daily aggregate.
struct DaySession: Sendable {
    var date: KSTDate
    var previousClose: Int
    var bars: [MinuteBar]
    var daily: DailyBar
    var upperLimit: Int { TickTable.upperLimit(previousClose: previousClose) }
    var lowerLimit: Int { TickTable.lowerLimit(previousClose: previousClose) }
}

/// KRX regular-session times (KST seconds after midnight).
enum Session {
    static let openSecond = 9 * 3600
    static let closeSecond = 15 * 3600 + 30 * 60
    static let orderAcceptStart = 8 * 3600 + 30 * 60
    static let minutes = 390
}
