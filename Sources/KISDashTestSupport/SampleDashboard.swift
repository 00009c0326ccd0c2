package import Dashboard
package import Foundation
package import PortfolioModel

/// Deterministic dashboards for layout and PDF tests: any number of holdings and executions, with edge options.
package struct SampleDashboard {
    /// The account the samples belong to (never shown unmasked).
    package static let account = sample(AccountNumber("12345678-01"))
    /// 2025-12-04 10:30 KST, a Thursday in the regular session.
    package static let moment = sample(TradeDate(year: 2025, month: 12, day: 4)).at(
        sample(KSTTime(hour: 10, minute: 30)))

    package var holdings = 6
    package var executions = 3
    package var unfilled = 1
    package var cash: Int64 = 9_500_000
    /// Minutes of 1-minute bars per holding from 09:00 (0 for none).
    package var minutes = 90
    /// Holdings every `noMinutesEvery`-th of which has no minute bars (0 for none).
    package var noMinutesEvery = 0
    /// Gives every name 60 characters.
    package var longNames = false
    /// Makes every holding a loss.
    package var allLosses = false
    package var now = SampleDashboard.moment
    package var dataAsOf = SampleDashboard.moment
    package var market = MarketStatus.open(session: "정규장")
    package var diagnosis = DiagnosisContent.none(reason: "아직 실행되지 않았습니다.")

    /// Creates the default sample (6 holdings, 3 executions, 1 unfilled order).
    package init() {}

    private static let names = ["삼성전자", "SK하이닉스", "카카오", "NAVER", "현대차", "기아", "셀트리온", "LG에너지솔루션", "POSCO홀딩스", "KB금융"]

    /// Builds the data.
    package func make() -> DashboardData {
        let day = TradeDate(now)
        var rows: [Holding] = []
        var daily: [StockCode: [DailyBar]] = [:]
        var minuteBars: [StockCode: [MinuteBar]] = [:]
        for i in 0..<holdings {
            let code = sample(StockCode(String(format: "%06d", 100_000 + i * 17)))
            let base = Int64(5_000 + (i * 7_919) % 300_000)
            let quantity = Int64(1 + (i * 37) % 90)
            let drift = allLosses ? -Int64(3 + i % 9) : Int64((i * 13) % 21) - 8
            let price = base + base * drift / 100
            var name = Self.names[i % Self.names.count] + (i >= Self.names.count ? " \(i)" : "")
            if longNames { name = String(repeating: "아주긴종목이름", count: 9).prefix(60) + "" }
            rows.append(
                .consistent(
                    code: code, name: name, quantity: quantity, average: base, price: price,
                    dayChangeRate: Percent(hundredths: drift * 23), dayChange: KRW(price * drift / 430)))
            daily[code] = (0..<14).compactMap { d -> DailyBar? in
                let date = day.adding(days: d - 14)
                guard !date.isWeekend else { return nil }
                let open = base + base * Int64((d * 5 + i) % 11 - 5) / 100
                let close = base + base * Int64((d * 3 + i * 2) % 11 - 5) / 100
                return DailyBar(
                    code: code, date: date, open: KRW(open), high: KRW(max(open, close) + base / 90),
                    low: KRW(min(open, close) - base / 80), close: KRW(close),
                    volume: Int64(10_000 + (d * 7_777 + i * 333) % 90_000))
            }
            let skip = noMinutesEvery > 0 && i % noMinutesEvery == 0
            minuteBars[code] =
                skip
                ? []
                : (0..<minutes).map { m in
                    let wave = Int64((m * 37 + i * 11) % 23) - 11
                    let close = price + price * wave / 1_000
                    return MinuteBar(
                        code: code, minute: day.at(KSTTime(secondOfDay: 9 * 3600 + m * 60)),
                        open: KRW(close - price / 900),
                        high: KRW(close + price / 500), low: KRW(close - price / 500), close: KRW(close),
                        volume: Int64(100 + (m * 97 + i * 13) % 2_000))
                }
        }
        let stock = rows.reduce(0) { $0 + $1.evaluationAmount.won }
        let purchase = rows.reduce(0) { $0 + $1.purchaseAmount.won }
        let summary = AccountSummary(
            deposit: KRW(cash), nextDayCash: KRW(cash), availableCash: KRW(cash), todayBuyAmount: KRW(1_234_000),
            todaySellAmount: KRW(560_000), todayFees: KRW(1_412), stockEvaluation: KRW(stock),
            totalEvaluation: KRW(stock + cash), netAssets: KRW(stock + cash), totalPurchase: KRW(purchase),
            totalProfitLoss: KRW(stock - purchase), previousTotalAssets: KRW(stock + cash - 52_225),
            assetChange: KRW(52_225))
        return DashboardData(
            account: Self.account, mode: .paper, tradeDate: day, dataAsOf: dataAsOf, now: now, market: market,
            summary: summary, holdings: rows, executions: makeExecutions(rows, day: day),
            unfilled: makeUnfilled(rows, day: day),
            dailyBars: daily, minuteBars: minuteBars, diagnosis: diagnosis)
    }

    private func makeExecutions(_ rows: [Holding], day: TradeDate) -> [Execution] {
        guard !rows.isEmpty else { return [] }
        return (0..<executions).map { n in
            let h = rows[n % rows.count]
            let side: Side = n % 3 == 2 ? .sell : .buy
            let quantity = Int64(1 + n % 7)
            let amount = h.currentPrice.won * quantity
            let order = DailyOrder(
                orderDate: day, orderNumber: String(format: "%010d", 1_000 + n), code: h.code, name: h.name, side: side,
                orderQuantity: quantity, orderPrice: h.currentPrice,
                orderTime: KSTTime(secondOfDay: 9 * 3600 + (n * 47) % (6 * 3600)), filledQuantity: quantity,
                averageFillPrice: h.currentPrice, filledAmount: KRW(amount), remainingQuantity: 0,
                venue: n % 5 == 4 ? .nxt : .krx)
            return Execution(
                order: order, commission: KRW(amount * 15 / 100_000), tax: KRW(side == .sell ? amount * 15 / 10_000 : 0)
            )
        }
    }

    private func makeUnfilled(_ rows: [Holding], day: TradeDate) -> [UnfilledOrder] {
        guard !rows.isEmpty else { return [] }
        return (0..<unfilled).map { n in
            let h = rows[n % rows.count]
            return UnfilledOrder(
                orderDate: day, orderNumber: String(format: "%010d", 9_000 + n), code: h.code, name: h.name,
                side: n % 2 == 0 ? .buy : .sell, orderQuantity: 20, orderPrice: KRW(h.currentPrice.won * 97 / 100),
                orderTime: KSTTime(secondOfDay: 9 * 3600 + 1_200 + n * 60), filledQuantity: 0, cancellableQuantity: 20)
        }
    }
}

/// A fixed sample value that is valid by construction; stops the test run with the value's type if it is not.
private func sample<T>(_ value: T?) -> T {
    guard let value else { preconditionFailure("invalid sample \(T.self)") }
    return value
}
