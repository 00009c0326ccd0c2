/// Spaces calls so that no window of `window` length ever holds more than `limit` of them.
///
/// KIS counts calls per account in a sliding one-second window and answers `EGW00201` (call not executed)
/// once it is exceeded. The limiter keeps the start times of the last `limit` calls and makes the next caller
/// sleep on the injected clock until the oldest leaves the window. The window is 1 s plus padding so network
/// jitter (two requests sent 1.00 s apart may arrive 0.95 s apart) cannot trip the server's count.
package actor RateLimiter {
    private let limit: Int
    private let window: Duration
    private let clock: any Clock<Duration>
    private let elapsed: @Sendable () -> Duration
    private var grants: [Duration] = []

    /// Creates a limiter.
    /// - Parameters:
    ///   - limit: Calls allowed per window (at least 1).
    ///   - window: The window length, e.g. 1.1 s.
    ///   - clock: The clock to measure and sleep on.
    package init(limit: Int, window: Duration, clock: any Clock<Duration>) {
        self.limit = max(1, limit)
        self.window = window
        self.clock = clock
        self.elapsed = Self.stopwatch(clock)
    }

    /// Waits until one more call fits in the window, then records it.
    /// - Throws: `CancellationError` if the task is cancelled while waiting.
    package func acquire() async throws {
        while true {
            try Task.checkCancellation()
            let now = elapsed()
            grants.removeAll { $0 + window <= now }
            if grants.count < limit {
                grants.append(now)
                return
            }
            let wait = (grants.min() ?? now) + window - now
            try await clock.sleep(for: wait)
        }
    }

    /// A function returning the time since its creation on `clock` (opens the existential once).
    private static func stopwatch<C: Clock>(_ clock: C) -> @Sendable () -> Duration where C.Duration == Duration {
        let start = clock.now
        return { start.duration(to: clock.now) }
    }
}
