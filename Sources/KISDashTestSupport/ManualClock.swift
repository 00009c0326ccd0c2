/// A clock that moves only when the test calls ``advance(by:)``; a sleeper waits until the clock reaches its
/// deadline.
///
/// ``TestClock`` jumps to each sleeper's deadline, which suits code that sleeps and then goes on. A server's
/// periodic timer (the simulator's real-time pulse, its PINGPONG timer) would drive that clock forward without
/// end; on this one, time passes when the test says so, and every timer due by then fires.
package final class ManualClock: Clock, Sendable {
    package typealias Instant = TestClock.Instant

    private let time = Watched(Instant(offset: .zero))

    /// Creates a clock at offset zero.
    package init() {}

    package var now: Instant { time.value }
    package var minimumResolution: Duration { .zero }

    /// Waits until the clock has been advanced to `deadline`.
    package func sleep(until deadline: Instant, tolerance: Duration?) async throws {
        try await time.wait { $0 >= deadline }
    }

    /// Moves time forward, waking every sleeper whose deadline it reaches.
    package func advance(by duration: Duration) {
        time.update { $0 = $0.advanced(by: duration) }
    }
}
