package import Foundation
import PortfolioModel

/// The WebSocket approval key (`/oauth2/Approval`, SPEC §3.3) and how long it is good for.
///
/// KIS keys last 24 h and are needed only when a session subscribes; a live session keeps working without a
/// new one. `description` never shows the key.
package struct ApprovalKey: Sendable, Equatable, CustomStringConvertible {
    /// KIS's stated lifetime of an approval key.
    package static let lifetime: Duration = .seconds(24 * 3600)

    /// The key, for the subscribe messages' `approval_key` only.
    package var value: Secret
    /// When KIS issued it (by this machine's clock).
    package var issuedAt: Date
    /// When it stops being valid: ``issuedAt`` + ``lifetime``.
    package var expiresAt: Date

    /// Creates a key issued at `issuedAt`, valid for ``lifetime``.
    package init(value: Secret, issuedAt: Date) {
        self.value = value
        self.issuedAt = issuedAt
        self.expiresAt = issuedAt.addingTimeInterval(Self.lifetime.inSeconds)
    }

    /// Whether the key is still good at `now`, keeping `margin` in reserve.
    package func isUsable(at now: Date, margin: Duration) -> Bool {
        expiresAt.timeIntervalSince(now) > margin.inSeconds
    }

    package var description: String { "ApprovalKey(<redacted>, expires \(KST.format(expiresAt)) KST)" }
}
