import PortfolioModel

/// How often and how long the client retries an inquiry before it gives up.
///
/// Every loop is bounded: peers that retried `EGW00201` without a limit spun forever (research/peers.md §2).
package struct KISRetryPolicy: Sendable, Hashable {
    /// Retries after `EGW00201`/`EGW00215` (rate limited) before the call fails with `.rateLimited`.
    package var maxRateLimitRetries: Int
    /// Retries after a timeout, a broken connection, a 5xx without a KIS body or `EGW00001`/`EGW00002`.
    package var maxTransientRetries: Int
    /// Restarts of a paged inquiry from page 1 after `SYDB0050` (data changed while paging).
    package var maxPagingRestarts: Int
    /// The first back-off delay; each further retry doubles it.
    package var baseDelay: Duration
    /// The largest back-off delay.
    package var maxDelay: Duration

    /// Creates a policy.
    package init(
        maxRateLimitRetries: Int = 5, maxTransientRetries: Int = 2, maxPagingRestarts: Int = 2,
        baseDelay: Duration = .milliseconds(500), maxDelay: Duration = .seconds(8)
    ) {
        self.maxRateLimitRetries = maxRateLimitRetries
        self.maxTransientRetries = maxTransientRetries
        self.maxPagingRestarts = maxPagingRestarts
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
    }

    /// The defaults: 5 rate-limit retries, 2 transient retries, 2 paging restarts, 0.5 s doubling to 8 s.
    package static let `default` = KISRetryPolicy()

    /// The back-off before retry number `attempt` (0-based): exponential, capped, with "equal jitter".
    ///
    /// Half the delay is fixed and half is random, so concurrent clients spread out but never retry at once. The
    /// formula is `Backoff`'s, the one shared with publishing and the feed's reconnects.
    /// - Parameters:
    ///   - attempt: 0 for the first retry.
    ///   - random: A number in `0..<1`.
    /// - Returns: A delay between half and all of `min(maxDelay, baseDelay × 2^attempt)`.
    package func delay(forAttempt attempt: Int, random: Double) -> Duration {
        Backoff(initial: baseDelay, maximum: maxDelay, multiplier: 2, jitter: 0.5)
            .delay(afterFailures: attempt, random: random)
    }
}
