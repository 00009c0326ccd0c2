/// The running state of reconnection: counts consecutive failures and asks ``ReconnectPolicy`` for delays.
///
/// The loop calls ``connectionEnded(after:random:)`` whenever a connection closes or fails to open and sleeps
/// for the answer; it never stops trying. A connection that stayed up at least ``ReconnectPolicy/healthyAfter``
/// resets the count, so a feed that drops once a day reconnects at once instead of after the longest delay.
package struct ReconnectSchedule: Sendable, Equatable {
    /// The policy in use.
    package var policy: ReconnectPolicy
    /// Failures since the last healthy connection.
    package private(set) var consecutiveFailures = 0
    /// Every reconnect delay handed out so far (for status; never reset).
    package private(set) var totalReconnects = 0

    /// Creates a schedule.
    package init(policy: ReconnectPolicy = .standard) {
        self.policy = policy
    }

    /// Records the end of a connection and returns how long to wait before the next attempt.
    /// - Parameters:
    ///   - uptime: How long the connection was up, or `nil` if it never opened (or never subscribed).
    ///   - random: A number in `0..<1` for the jitter.
    /// - Returns: The delay before reconnecting.
    package mutating func connectionEnded(after uptime: Duration?, random: Double) -> Duration {
        if let uptime, uptime >= policy.healthyAfter { consecutiveFailures = 0 }
        let delay = policy.delay(afterFailures: consecutiveFailures, random: random)
        if consecutiveFailures < Int.max { consecutiveFailures += 1 }
        totalReconnects += 1
        return delay
    }

    /// Forgets earlier failures (for example after the loop confirmed subscriptions work).
    package mutating func reset() { consecutiveFailures = 0 }
}
