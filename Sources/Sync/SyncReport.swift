package import Foundation
import PortfolioModel
package import Storage

/// What one successful sync did.
package struct SyncReport: Sendable, Equatable {
    package var runID: Int64
    package var apiCalls: Int
    /// Rows inserted or updated, per table.
    package var rows: [String: Int]
    package var isNewSnapshot: Bool
    package var holdings: Int
    package var duration: Duration
    /// Full or light.
    package var kind: SyncKind

    /// Creates a report.
    package init(
        runID: Int64, apiCalls: Int, rows: [String: Int], isNewSnapshot: Bool, holdings: Int, duration: Duration,
        kind: SyncKind = .full
    ) {
        self.kind = kind
        self.runID = runID
        self.apiCalls = apiCalls
        self.rows = rows
        self.isNewSnapshot = isNewSnapshot
        self.holdings = holdings
        self.duration = duration
    }

    /// One summary line.
    ///
    /// For example `sync ok: 23 API calls, 412 rows, 20 holdings, new snapshot, 1.31 s`.
    package var summaryLine: String {
        let total = rows.values.reduce(0, +)
        let seconds = duration.inSeconds
        let snap = isNewSnapshot ? "new snapshot" : "snapshot unchanged"
        if kind == .light {
            return "light sync ok: \(apiCalls) API calls, \(total) rows, \(holdings) holdings, "
                + String(format: "%.2f s", seconds)
        }
        return "sync ok: \(apiCalls) API calls, \(total) rows, \(holdings) holdings, \(snap), "
            + String(format: "%.2f s", seconds)
    }
}
