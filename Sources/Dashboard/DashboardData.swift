package import Foundation
package import PortfolioModel

/// Everything one dashboard shows, gathered before layout starts (from the database or straight from KIS).
package struct DashboardData: Sendable {
    /// The account, shown masked only.
    package var account: AccountNumber
    package var mode: TradingMode
    /// The KIS trade date the data belongs to.
    package var tradeDate: TradeDate
    /// When the newest data was confirmed by a sync (or fetched, in API mode).
    package var dataAsOf: Date
    /// The moment the dashboard is made for (the pipeline's clock).
    package var now: Date
    package var market: MarketStatus
    package var summary: AccountSummary
    /// Held positions (quantity > 0).
    package var holdings: [Holding]
    /// Today's filled orders with their costs.
    package var executions: [Execution]
    package var unfilled: [UnfilledOrder]
    /// Up to two weeks of daily bars per holding, oldest first.
    package var dailyBars: [StockCode: [DailyBar]]
    /// Today's 1-minute bars per holding, oldest first.
    package var minuteBars: [StockCode: [MinuteBar]]
    package var diagnosis: DiagnosisContent
    /// Set when the newest finished sync failed: the pages then carry the failed-sync banner.
    package var syncFailure: SyncFailureNotice?

    /// Creates the data.
    package init(
        account: AccountNumber, mode: TradingMode, tradeDate: TradeDate, dataAsOf: Date, now: Date,
        market: MarketStatus, summary: AccountSummary, holdings: [Holding], executions: [Execution] = [],
        unfilled: [UnfilledOrder] = [], dailyBars: [StockCode: [DailyBar]] = [:],
        minuteBars: [StockCode: [MinuteBar]] = [:], diagnosis: DiagnosisContent = .none(reason: "진단 없음"),
        syncFailure: SyncFailureNotice? = nil
    ) {
        self.syncFailure = syncFailure
        self.account = account
        self.mode = mode
        self.tradeDate = tradeDate
        self.dataAsOf = dataAsOf
        self.now = now
        self.market = market
        self.summary = summary
        self.holdings = holdings
        self.executions = executions
        self.unfilled = unfilled
        self.dailyBars = dailyBars
        self.minuteBars = minuteBars
        self.diagnosis = diagnosis
    }
}

/// Whether a trading session is open at the dashboard's moment (stale data only matters while one is).
package enum MarketStatus: Sendable, Hashable {
    /// A session is open; the name is shown (e.g. `정규장`).
    case open(session: String)
    /// No session is open; the reason is shown (e.g. `장 마감`, `휴장일`, `주말`).
    case closed(reason: String)

    /// `true` while a session is open.
    package var isOpen: Bool { if case .open = self { true } else { false } }

    /// The Korean label shown in the header.
    package var label: String {
        switch self {
        case .open(let session): session
        case .closed(let reason): reason
        }
    }
}

/// The AI diagnosis section's content: what the diagnosis stored, or why there is none.
package enum DiagnosisContent: Sendable, Hashable {
    /// A stored diagnosis.
    case available(Diagnosis)
    /// No diagnosis yet; `reason` says why (shown instead of any text).
    case none(reason: String)

    /// A diagnosis as the dashboard shows it.
    package struct Diagnosis: Sendable, Hashable {
        /// Who wrote it, for example `오프라인 규칙` or `gemini · gemini-2.0-flash`.
        package var sourceLabel: String
        /// When it was made.
        package var createdAt: Date
        /// Why a model reply was not used, when the offline text stands in for it.
        package var fallbackReason: String?
        package var summary: [String]
        package var risks: [String]
        /// One comment per holding: code, name and text.
        package var comments: [Comment]

        /// Creates a diagnosis.
        package init(
            sourceLabel: String, createdAt: Date, fallbackReason: String? = nil, summary: [String], risks: [String],
            comments: [Comment]
        ) {
            self.sourceLabel = sourceLabel
            self.createdAt = createdAt
            self.fallbackReason = fallbackReason
            self.summary = summary
            self.risks = risks
            self.comments = comments
        }
    }

    /// One per-holding comment: the stored diagnosis's own value (code, name, text).
    package typealias Comment = StoredDiagnosis.Comment
}
