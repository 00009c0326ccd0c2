package import Foundation

/// The client's view of time and chance, injected so tests run on a test clock without real waiting.
///
/// `clock` drives every wait (rate limiter, back-off, token waits) and `now` gives wall time for token expiry
/// and the cross-process "last issued" stamp. A test clock must advance both together.
package struct KISRuntime: Sendable {
    /// The clock for all waiting.
    package var clock: any Clock<Duration>
    /// The current wall-clock time: the business "now" (token expiry, today's date).
    ///
    /// A replay may shift it.
    package var now: @Sendable () -> Date
    /// The real time, for rules about real elapsed time shared across processes (one token request a minute).
    ///
    /// Defaults to `now`; the command line passes `Date()` when `now` is a replayed moment.
    package var realNow: @Sendable () -> Date
    /// A random number in `0..<1`, for back-off jitter.
    package var random: @Sendable () -> Double
    /// Where rate limiters are shared per app key.
    package var rateLimiters: RateLimiterRegistry

    /// Creates a runtime.
    package init(
        clock: any Clock<Duration>, now: @escaping @Sendable () -> Date, realNow: (@Sendable () -> Date)? = nil,
        random: @escaping @Sendable () -> Double = { Double.random(in: 0..<1) },
        rateLimiters: RateLimiterRegistry = .shared
    ) {
        self.clock = clock
        self.now = now
        self.realNow = realNow ?? now
        self.random = random
        self.rateLimiters = rateLimiters
    }

    /// The real clock, the real time, real randomness and the process-wide limiter registry.
    package static let live = KISRuntime(clock: ContinuousClock(), now: { Date() })
}
