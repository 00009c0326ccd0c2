/// Spaces calls so that no window of `window` length ever holds more than `limit` of them.
///
/// KIS counts calls per account in a sliding one-second window, by *arrival*, and answers `EGW00201` (call not
/// executed) once it is exceeded. The client cannot see arrival times, only that a request arrives somewhere
/// between its grant and its response. So each call holds its slot from the grant until ``complete(_:)`` moves
/// it to the response time, and then for one window more: a request delayed on the way (a busy machine, a slow
/// network) can never share the server's window with more than `limit - 1` others. A call still in flight keeps
/// its slot however long it takes, up to `inFlightLimit` from its send (``sending(_:)``; the transport's hard time
/// limit, after which it can no longer arrive), so a ticket that is never completed cannot hold a slot for good.
package actor RateLimiter {
    /// A granted slot, to hand back to ``complete(_:)`` when the response arrives.
    package struct Ticket: Sendable, Hashable { let id: Int }

    private struct Slot {
        /// The grant time while in flight, the response time once complete.
        var time: Duration
        var completed = false
    }

    private let limit: Int
    private let window: Duration
    private let inFlightLimit: Duration
    private let clock: any Clock<Duration>
    private let elapsed: @Sendable () -> Duration
    private var slots: [Int: Slot] = [:]
    private var nextID = 0

    /// Creates a limiter.
    /// - Parameters:
    ///   - limit: Calls allowed per window (at least 1).
    ///   - window: The window length, e.g. 1.05 s.
    ///   - inFlightLimit: How long an uncompleted call keeps its slot (at least `window`): the longest a request
    ///     can take to arrive.
    ///   - clock: The clock to measure and sleep on.
    package init(limit: Int, window: Duration, inFlightLimit: Duration = .seconds(30), clock: any Clock<Duration>) {
        self.limit = max(1, limit)
        self.window = window
        self.inFlightLimit = max(window, inFlightLimit)
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
            slots = slots.filter { expiry(of: $0.value) > now }
            if slots.count < limit {
                nextID += 1
                slots[nextID] = Slot(time: now)
                return Ticket(id: nextID)
            }
            // The earliest a slot can free: a completed call's window end, an in-flight call's limit, and one
            // window from now while a call is in flight (it answers later than now, so its slot cannot end before
            // that). Never a busy poll, whatever the clock.
            var soonest = slots.values.map(expiry).min() ?? now
            if slots.values.contains(where: { !$0.completed }) { soonest = min(soonest, now + window) }
            try await clock.sleep(for: soonest - now)
        }
    }

    private func expiry(of slot: Slot) -> Duration {
        slot.time + (slot.completed ? window : inFlightLimit)
    }

    /// Moves an in-flight call's slot to now, when its request is about to be sent after a further wait (the
    /// cross-process ledger's), so the in-flight limit counts from the send, not from the grant.
    package func sending(_ ticket: Ticket) {
        if let slot = slots[ticket.id], !slot.completed { slots[ticket.id] = Slot(time: elapsed()) }
    }

    /// Moves the call's slot to now, when its response has arrived.
    package func complete(_ ticket: Ticket) {
        if slots[ticket.id] != nil { slots[ticket.id] = Slot(time: elapsed(), completed: true) }
    }

    /// A function returning the time since its creation on `clock` (opens the existential once).
    private static func stopwatch<C: Clock>(_ clock: C) -> @Sendable () -> Duration where C.Duration == Duration {
        let start = clock.now
        return { start.duration(to: clock.now) }
    }
}
