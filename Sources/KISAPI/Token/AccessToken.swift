package import Foundation
import PortfolioModel

/// A KIS access token and when it stops being usable.
package struct AccessToken: Sendable, Equatable, CustomStringConvertible {
    /// The bearer token.
    package var value: Secret
    /// KIS's expiry (`access_token_token_expired`, KST).
    package var expiresAt: Date

    /// Creates a token.
    package init(value: Secret, expiresAt: Date) {
        self.value = value
        self.expiresAt = expiresAt
    }

    /// Whether the token is still good at `now`, keeping `margin` in reserve.
    package func isUsable(at now: Date, margin: Duration) -> Bool {
        expiresAt.timeIntervalSince(now) > margin.inSeconds
    }

    package var description: String { "AccessToken(<redacted>, expires \(expiresAt))" }
}
