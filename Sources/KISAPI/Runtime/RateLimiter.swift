/// Spaces calls so that no window of `window` length ever holds more than `limit` of them.
///
/// KIS counts calls per account in a sliding one-second window, by *arrival*, and answers `EGW00201` (call not
/// executed) once it is exceeded. The client cannot see arrival times, only that a request arrives somewhere
/// between its grant and its response. So each call holds its slot from the grant until ``complete(_:)`` moves
/// it to the response time: a request delayed on the way (a busy machine, a slow network) can never share the
/// server's window with more than `limit - 1` others. The window is 1 s plus padding for the remaining jitter.
package actor RateLimiter {
    /// A granted slot, to hand back to ``complete(_:)`` when the response arrives.
    package struct Ticket: Sendable, Hashable { let id: Int }

    private let limit: Int
    private let window: Duration
    private let clock: any Clock<Duration>
    private let elapsed: @Sendable () -> Duration
    /// Slot times by ticket: the grant time while in flight, the response time once complete.
    private var slots: [Int: Duration] = [:]
    private var nextID = 0

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
    /// - Returns: The slot's ticket; pass it to ``complete(_:)`` when the call's response (or failure) arrives.
    /// - Throws: `CancellationError` if the task is cancelled while waiting.
    @discardableResult
    package func acquire() async throws -> Ticket {
        while true {
            try Task.checkCancellation()
            let now = elapsed()
            slots = slots.filter { $0.value + window > now }
            if slots.count < limit {
                nextID += 1
                slots[nextID] = now
                return Ticket(id: nextID)
            }
            let wait = (slots.values.min() ?? now) + window - now
            try await clock.sleep(for: wait)
        }
    }

    /// Moves the call's slot to now, when its response has arrived.
    package func complete(_ ticket: Ticket) {
        if slots[ticket.id] != nil { slots[ticket.id] = elapsed() }
    }

    /// A function returning the time since its creation on `clock` (opens the existential once).
    private static func stopwatch<C: Clock>(_ clock: C) -> @Sendable () -> Duration where C.Duration == Duration {
        let start = clock.now
        return { start.duration(to: clock.now) }
    }
}
