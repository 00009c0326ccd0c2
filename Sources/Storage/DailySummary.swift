package import Foundation
package import PortfolioModel

/// One trading day's end-of-day figures for `kis_daily_summary` and `kis_deposit_log`.
package struct DailySummary: Sendable, Hashable {
    package var account: AccountNumber
    package var mode: TradingMode
    package var day: TradeDate
    /// 총평가금액 at the day's last snapshot.
    package var totalEvaluation: KRW
    /// 평가손익 at the day's last snapshot.
    package var totalProfitLoss: KRW
    /// The day's change in assets (KIS's 자산증감액 at the last snapshot).
    package var dayProfitLoss: KRW
    /// Realized profit of the day's sells after their commission and tax.
    package var realizedProfitLoss: KRW
    package var buyAmount: KRW
    package var sellAmount: KRW
    package var fees: KRW
    package var taxes: KRW
    /// Cash deposited and withdrawn (KIS's inquiries used here carry no transfer history: 0 unless known).
    package var deposits: KRW
    package var withdrawals: KRW
    /// 예수금 and D+2 cash at the day's last snapshot (`kis_deposit_log`).
    package var deposit: KRW
    package var availableCash: KRW

    /// Creates a summary.
    package init(
        account: AccountNumber, mode: TradingMode, day: TradeDate, totalEvaluation: KRW, totalProfitLoss: KRW,
        dayProfitLoss: KRW, realizedProfitLoss: KRW, buyAmount: KRW, sellAmount: KRW, fees: KRW, taxes: KRW,
        deposits: KRW = .zero, withdrawals: KRW = .zero, deposit: KRW, availableCash: KRW
    ) {
        self.account = account
        self.mode = mode
        self.day = day
        self.totalEvaluation = totalEvaluation
        self.totalProfitLoss = totalProfitLoss
        self.dayProfitLoss = dayProfitLoss
        self.realizedProfitLoss = realizedProfitLoss
        self.buyAmount = buyAmount
        self.sellAmount = sellAmount
        self.fees = fees
        self.taxes = taxes
        self.deposits = deposits
        self.withdrawals = withdrawals
        self.deposit = deposit
        self.availableCash = availableCash
    }
}

/// What the database knows about one day, for computing its ``DailySummary``.
package struct DayFacts: Sendable {
    /// The last snapshot taken before the end of the day (the day's closing state).
    package var closing: StoredSnapshot
    /// The last snapshot taken before the day began (yesterday's positions and average prices), if any.
    package var opening: StoredSnapshot?
    /// The day's filled orders with their costs.
    package var executions: [Execution]

    /// Creates the facts.
    package init(closing: StoredSnapshot, opening: StoredSnapshot?, executions: [Execution]) {
        self.closing = closing
        self.opening = opening
        self.executions = executions
    }
}

/// One line of the archive index: a day, its figures and its PDF.
package struct ArchiveIndexRow: Sendable, Hashable {
    package var day: TradeDate
    package var pdfPath: String
    package var totalEvaluation: KRW?
    package var dayProfitLoss: KRW?
    package var realizedProfitLoss: KRW?

    /// Creates a row.
    package init(
        day: TradeDate, pdfPath: String, totalEvaluation: KRW?, dayProfitLoss: KRW?, realizedProfitLoss: KRW?
    ) {
        self.day = day
        self.pdfPath = pdfPath
        self.totalEvaluation = totalEvaluation
        self.dayProfitLoss = dayProfitLoss
        self.realizedProfitLoss = realizedProfitLoss
    }
}
