package import Dashboard
import Foundation
import PortfolioModel

/// The scenario pack: dashboards at the edges the PDF must print truthfully, rendered by the layout and PDF tests
/// with ``LayoutInvariants`` checked on every page.
package enum DashboardScenario: String, CaseIterable, Sendable {
    /// 200 holdings with long ETF names, 1-won and 2,000,000-won stocks, −95 % and +886 % positions, quantities
    /// of 6 and more digits, ±29.9 % days, new listings, 500 fills, and a diagnosis with a comment per holding.
    case large
    /// A few holdings at the limits: prices under 10 won, average prices far off the chart's range, 8-digit
    /// quantities, account totals in the hundreds of billions of won.
    case extreme
    /// One new listing (one daily bar), the session open before its first trade, no fills, no orders.
    case sparse
    /// A KRX holiday (휴장일): data from the day before, no minute bars, no fills.
    case holiday

    /// 2025-12-04 10:30 KST, a Thursday in the regular session; the holiday is 2025-12-25 (Christmas).
    static let day = required(TradeDate(year: 2025, month: 12, day: 4))

    /// Every name the data holds (holdings, fills, orders): the only texts the layout may cut with "…".
    package static func names(in data: DashboardData) -> Set<String> {
        Set(data.holdings.map(\.name) + data.executions.map(\.order.name) + data.unfilled.map(\.name))
    }

    /// The scenario's data.
    package func make() -> DashboardData {
        switch self {
        case .large: Self.large()
        case .extreme: Self.extreme()
        case .sparse: Self.sparse()
        case .holiday: Self.holiday()
        }
    }

    static func data(
        _ builder: ScenarioBuilder, cash: Int64, executions: [Execution], now: Date, dataAsOf: Date? = nil,
        market: MarketStatus, unfilled: [UnfilledOrder] = [], diagnosis: DiagnosisContent? = nil
    ) -> DashboardData {
        DashboardData(
            account: SampleDashboard.account, mode: .real, tradeDate: builder.day, dataAsOf: dataAsOf ?? now, now: now,
            market: market, summary: builder.summary(cash: cash, executions: executions), holdings: builder.holdings,
            executions: executions, unfilled: unfilled, dailyBars: builder.dailyBars, minuteBars: builder.minuteBars,
            diagnosis: diagnosis ?? .none(reason: "아직 실행되지 않았습니다."))
    }

    private static func extreme() -> DashboardData {
        var b = ScenarioBuilder(day: day)
        b.add("900110", "동전주", quantity: 12_345_678, average: 1, price: 3, dayChange: 5_000)
        b.add("900120", "사원", quantity: 987_654, average: 9, price: 7, dayChange: -1_250)
        b.add("207940", "황제주 2,000,000원", quantity: 1_200, average: 2_100_000, price: 2_000_000, dayChange: 1_520)
        b.add("900130", "폭락주", quantity: 40_000, average: 2_000_000, price: 100_000, dayChange: -2_999)
        b.add("900140", "급등주", quantity: 250_000, average: 5_000, price: 49_315, dayChange: 2_997)
        let fills = b.executions(12)
        return data(
            b, cash: 987_654_321_000, executions: fills, now: day.at(required(KSTTime(hour: 10, minute: 30))),
            market: .open(session: "정규장"))
    }

    private static func sparse() -> DashboardData {
        var b = ScenarioBuilder(day: day)
        b.add(
            "475150", "신규상장 에스케이엔펄스", quantity: 10, average: 31_000, price: 31_000, dayChange: 0, dailyDays: 1,
            minutes: 0)
        return data(
            b, cash: 0, executions: [], now: day.at(required(KSTTime(hour: 9, minute: 0))),
            market: .open(session: "정규장"))
    }

    private static func holiday() -> DashboardData {
        let before = required(TradeDate(year: 2025, month: 12, day: 24))
        var b = ScenarioBuilder(day: before)
        for (i, name) in SampleNames.plain.prefix(8).enumerated() {
            b.add(
                String(format: "%06d", 5_930 + i * 1_117), name, quantity: Int64(10 + i * 13),
                average: Int64(20_000 + i * 9_000), price: Int64(21_000 + i * 8_700), dayChange: Int64(i * 97 - 300),
                minutes: 0)
        }
        let holiday = required(TradeDate(year: 2025, month: 12, day: 25))
        return data(
            b, cash: 3_000_000, executions: [], now: holiday.at(required(KSTTime(hour: 10, minute: 30))),
            dataAsOf: before.at(required(KSTTime(hour: 15, minute: 40))), market: .closed(reason: "휴장일"))
    }
}
