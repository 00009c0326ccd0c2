/// How far back daily prices go, in calendar days before the trade date.
///
/// The sync keeps ``syncedCalendarDays``; the readers (the dashboard and the diagnosis) ask the database for
/// ``readCalendarDays``. Both cover two weeks of trading days around holidays.
package enum PriceHistory {
    /// Calendar days of daily bars the sync fetches and keeps per holding (`SyncPlanner.dailyHistoryDays`).
    package static let syncedCalendarDays = 20
    /// Calendar days of daily bars the dashboard and the diagnosis read.
    ///
    /// One day more than the sync fetches, so a bar stored by an earlier day's sync is still shown. Kept as it was
    /// when the two numbers were defined apart; making it equal to ``syncedCalendarDays`` would drop that oldest
    /// bar from the charts and the fact sheet.
    package static let readCalendarDays = syncedCalendarDays + 1

    /// Trading days of the "최근 N거래일" window: the dashboard's daily chart and the diagnosis's trend both use it
    /// by default, so the chart and the text name the same window.
    package static let windowTradingDays = 10
}
