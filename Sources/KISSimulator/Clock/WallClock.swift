/// The simulator's wall clock: ``SimulatorConfiguration/clock``, read as the time since the simulator was built.
///
/// Everything KIS measures in real time goes through it: rate-limit windows, the token-issue interval, the
/// anchor of the simulated market clock (``SimulatedClock``), and the waits of the real-time pulse, the PINGPONG
/// timer and slow replies. The `kis-simulator` binary runs it on `ContinuousClock`; a test hands in a clock it
/// moves itself, which makes every window exact. Instants are `Duration`s since the start, so the state stores
/// them without the clock's own instant type (the existential is opened once, in ``init(_:)``).
struct WallClock: Sendable {
    private let clock: any Clock<Duration>
    private let elapsed: @Sendable () -> Duration

    /// Starts measuring on `clock`.
    init(_ clock: any Clock<Duration>) {
        self.clock = clock
        elapsed = Self.stopwatch(clock)
    }

    /// The time since the simulator was built.
    var now: Duration { elapsed() }

    /// Waits `duration` on the clock.
    /// - Throws: `CancellationError` when the task is cancelled while waiting.
    func sleep(for duration: Duration) async throws {
        try await clock.sleep(for: duration)
    }

    /// A function returning the time since its creation on `clock`.
    private static func stopwatch<C: Clock>(_ clock: C) -> @Sendable () -> Duration where C.Duration == Duration {
        let start = clock.now
        return { start.duration(to: clock.now) }
    }
}
