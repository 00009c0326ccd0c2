/// One ``RateLimiter`` per app key, shared by every client in the process.
///
/// KIS limits calls per account/app key, not per client object, so two `KISClient`s built from the same
/// credentials (a sync and a quote refresher running in parallel) must draw from the same budget.
/// Limiters are keyed by a hash of the app key; the first caller's rate and clock win.
package actor RateLimiterRegistry {
    /// The process-wide registry.
    package static let shared = RateLimiterRegistry()

    private var limiters: [String: RateLimiter] = [:]

    /// Creates an empty registry (tests use their own).
    package init() {}

    /// The limiter for `key`, created on first use.
    /// - Parameters:
    ///   - key: An identifier of the app key (its hash).
    ///   - limit: Calls per window.
    ///   - window: The window length.
    ///   - inFlightLimit: How long an uncompleted call keeps its slot (the transport's time limit).
    ///   - clock: The clock for a new limiter.
    /// - Returns: The key's limiter, shared by every client of this process.
    package func limiter(
        for key: String, limit: Int, window: Duration, inFlightLimit: Duration, clock: any Clock<Duration>
    ) -> RateLimiter {
        if let existing = limiters[key] { return existing }
        let limiter = RateLimiter(limit: limit, window: window, inFlightLimit: inFlightLimit, clock: clock)
        limiters[key] = limiter
        return limiter
    }
}
