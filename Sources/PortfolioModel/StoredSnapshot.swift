package import Foundation

/// The latest stored balance of an account, as the dashboard shows it.
package struct StoredSnapshot: Sendable, Hashable {
    /// The `kis_account` row id.
    package var id: Int64
    package var summary: AccountSummary
    /// Held positions only (quantity > 0), by stock code.
    package var holdings: [Holding]
    /// Orders still open at the snapshot, by order time.
    package var unfilled: [UnfilledOrder]
    /// When this content was first seen.
    package var snapshotAt: Date
    /// The last sync that saw the same content ("as of" for the dashboard).
    package var confirmedAt: Date

    /// Creates a snapshot.
    package init(
        id: Int64, summary: AccountSummary, holdings: [Holding], unfilled: [UnfilledOrder], snapshotAt: Date,
        confirmedAt: Date
    ) {
        self.id = id
        self.summary = summary
        self.holdings = holdings
        self.unfilled = unfilled
        self.snapshotAt = snapshotAt
        self.confirmedAt = confirmedAt
    }
}
