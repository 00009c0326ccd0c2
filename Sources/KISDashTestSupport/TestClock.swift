package import Foundation
import PortfolioModel
import Synchronization

/// A clock for tests that never really waits: `sleep` jumps the time forward to the deadline at once.
///
/// It also stands for wall time (``date``), so code that sleeps on the clock and reads "now" for token
/// expiry sees both move together. Every sleep is recorded, so tests can check back-off and spacing.
package final class TestClock: Clock, Sendable {
    /// A point on the test clock: the time since the clock was made.
    package struct Instant: InstantProtocol {
        /// Time since the clock's origin.
        package var offset: Duration

        /// Creates an instant.
        package init(offset: Duration) { self.offset = offset }

        package func advanced(by duration: Duration) -> Instant { Instant(offset: offset + duration) }
        package func duration(to other: Instant) -> Duration { other.offset - offset }
        package static func < (lhs: Instant, rhs: Instant) -> Bool { lhs.offset < rhs.offset }
    }

    private struct State {
        var now = Instant(offset: .zero)
        var sleeps: [Duration] = []
    }

    private let state = Mutex(State())
    /// The wall-clock time at offset zero.
    package let origin: Date

    /// Creates a clock whose wall time starts at `origin` (default 2025-07-15 10:00:00 KST).
    package init(origin: Date = Date(timeIntervalSince1970: 1_752_541_200)) {
        self.origin = origin
    }

    package var now: Instant { state.withLock { $0.now } }
    package var minimumResolution: Duration { .zero }

    /// Jumps to `deadline` (if it is later) and records how long the caller asked to wait.
    package func sleep(until deadline: Instant, tolerance: Duration?) async throws {
        try Task.checkCancellation()
        state.withLock { state in
            state.sleeps.append(max(.zero, state.now.duration(to: deadline)))
            if deadline > state.now { state.now = deadline }
        }
        await Task.yield()
    }

    /// Moves time forward without anyone sleeping (for example "a minute passes between two processes").
    package func advance(by duration: Duration) {
        state.withLock { $0.now = $0.now.advanced(by: duration) }
    }

    /// The wall-clock time now.
    package var date: Date {
        return origin.addingTimeInterval(now.offset.inSeconds)
    }

    /// Every sleep requested so far, in order.
    package var sleeps: [Duration] { state.withLock { $0.sleeps } }

    /// The time since the clock was made.
    package var elapsed: Duration { now.offset }
}
