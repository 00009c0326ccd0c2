package import Dashboard
package import Foundation
package import PortfolioModel
package import Storage

/// Gathers a ``DashboardData`` from the database (the default) or straight from KIS (`--source api`).
package struct DashboardDataLoader: Sendable {
    package var account: AccountNumber
    package var mode: TradingMode
    /// Calendar days of daily bars to read (two weeks of trading days fit in 21).
    package var dailyLookbackDays = PriceHistory.readCalendarDays

    /// Creates a loader for one account.
    package init(account: AccountNumber, mode: TradingMode) {
        self.account = account
        self.mode = mode
    }

    /// Reads the latest synced snapshot and the market data of its trade date, in one read-only transaction
    /// (``DashboardStore/dashboard(account:mode:dailyLookbackDays:)``).
    package func fromDatabase(
        _ store: DashboardStore, now: Date, market: MarketStatus, diagnosis: DiagnosisContent
    ) async throws(ReportError) -> DashboardData {
        do {
            guard
                let records = try await store.dashboard(
                    account: account, mode: mode, dailyLookbackDays: dailyLookbackDays)
            else {
                throw ReportError(
                    .noData, "no synced data yet for \(mode.koreanLabel) account \(account); run `kisdash sync` first")
            }
            let snapshot = records.snapshot
            return DashboardData(
                account: account, mode: mode, tradeDate: TradeDate(snapshot.confirmedAt),
                dataAsOf: snapshot.confirmedAt,
                now: now, market: market, summary: snapshot.summary, holdings: snapshot.holdings,
                executions: records.executions, unfilled: snapshot.unfilled, dailyBars: records.dailyBars,
                minuteBars: records.minuteBars, diagnosis: diagnosis,
                syncFailure: records.syncFailure.map {
                    SyncFailureNotice(
                        failedAt: $0.failedAt, lastSuccessAt: $0.lastSuccessAt, reason: $0.message ?? "원인이 기록되지 않았습니다")
                })
        } catch let error as ReportError {
            throw error
        } catch {
            throw ReportError(.data, "cannot read the dashboard data: \(error)", underlying: error)
        }
    }

    /// Asks KIS for everything directly, writing nothing (the seed's "API mode").
    package func fromAPI(
        _ source: any AccountDataSource, fees: FeeSchedule = FeeSchedule(), now: Date, market: MarketStatus,
        progress: (String) -> Void = { _ in }
    ) async throws(ReportError) -> DashboardData {
        do {
            let day = TradeDate(now)
            progress("balance (inquire-balance)")
            let balance = try await source.fetchBalance()
            progress("today's orders (inquire-daily-ccld)")
            let orders = try await source.fetchDailyOrders(on: day)
            let unfilled =
                mode == .real ? try await source.fetchCancellableOrders() : UnfilledOrder.openOrders(in: orders)
            let holdings = balance.heldPositions
            var daily: [StockCode: [DailyBar]] = [:]
            var minutes: [StockCode: [MinuteBar]] = [:]
            let through = KST.timeOfDay(now)
            for (index, holding) in holdings.enumerated() {
                progress("prices of \(holding.code) (\(index + 1) of \(holdings.count) holdings)")
                daily[holding.code] = try await source.fetchDailyBars(
                    code: holding.code, from: day.adding(days: -dailyLookbackDays), through: day)
                minutes[holding.code] = try await source.fetchMinuteBars(
                    code: holding.code, since: nil, through: through)
            }
            return DashboardData(
                account: account, mode: mode, tradeDate: day, dataAsOf: now, now: now, market: market,
                summary: balance.summary, holdings: holdings,
                executions: orders.filter { $0.filledQuantity > 0 }.map(fees.execution(for:)), unfilled: unfilled,
                dailyBars: daily, minuteBars: minutes,
                diagnosis: .none(reason: "API 모드는 데이터베이스를 읽지 않으므로 저장된 AI 진단을 표시하지 않습니다."))
        } catch {
            throw ReportError(.data, "cannot load the dashboard from KIS: \(error)", underlying: error)
        }
    }
}
