package import Dashboard
package import Foundation
import PortfolioModel

/// The session state the dashboard header shows, from KST wall-clock time alone.
///
/// Open on weekdays during KRX's regular hours (`TradingSessions.krxOpen`–`krxClose`, 09:00–15:30). Holidays
/// need the market calendar; the pipeline passes its own ``MarketStatus`` when it has one.
package enum MarketHours {
    /// The status at `instant`.
    package static func status(at instant: Date) -> MarketStatus {
        let day = TradeDate(instant)
        if day.isWeekend { return .closed(reason: "주말 휴장") }
        let minute = KST.timeOfDay(instant).secondOfDay / 60
        if minute < TradingSessions.krxOpen.secondOfDay / 60 { return .closed(reason: "장 시작 전") }
        if minute < TradingSessions.krxClose.secondOfDay / 60 { return .open(session: "정규장") }
        return .closed(reason: "장 마감")
    }
}
