package import PortfolioModel

/// The real-time TR ids this module knows (SPEC §7.5–7.7).
package enum FeedTR {
    /// 실시간체결통보, real accounts (encrypted).
    package static let executionNoticeReal = "H0STCNI0"
    /// 실시간체결통보, paper accounts (encrypted, same layout).
    package static let executionNoticePaper = "H0STCNI9"
    /// 실시간체결가 (KRX trade ticks), plain; the same TR on paper.
    package static let tradeTick = "H0STCNT0"
    /// 장운영정보 (KRX market operation), plain.
    package static let marketStatus = "H0STMKO0"

    /// The execution-notice TR of `mode`.
    package static func executionNotice(for mode: TradingMode) -> String {
        mode == .real ? executionNoticeReal : executionNoticePaper
    }

    /// Whether `trID` carries execution notices.
    package static func isExecutionNotice(_ trID: String) -> Bool {
        trID == executionNoticeReal || trID == executionNoticePaper
    }
}
