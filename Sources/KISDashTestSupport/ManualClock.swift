/// A clock that moves only when the test calls ``advance(by:)``; a sleeper waits until the clock reaches its
/// deadline.
///
/// ``TestClock`` jumps to each sleeper's deadline, which suits code that sleeps and then goes on. A server's
/// periodic timer (the simulator's real-time pulse, its PINGPONG timer) would drive that clock forward without
/// end; on this one, time passes when the test says so, and every timer due by then fires.
///
/// The sleepers are visible (``waitForSleeper(for:within:where:)``), so a test can wait until the code under test
/// is asleep, check how long it asked to wait, and advance by exactly that.
package final class ManualClock: Clock, Sendable {
    package typealias Instant = TestClock.Instant

    /// A task asleep on the clock.
    package struct Sleeper: Sendable, Equatable {
        /// Increases with every sleep, so a test can tell a new sleep from one it has seen.
        package var id: Int
        /// How long the task asked to wait, from the time it went to sleep.
        package var requested: Duration
        /// When it wakes.
        package var deadline: Instant
    }

    private struct State: Sendable {
        var now = Instant(offset: .zero)
        var sleepers: [Int: Sleeper] = [:]
        var lastID = 0
    }

    private let state = Watched(State())

    /// Creates a clock at offset zero.
    package init() {}

    package var now: Instant { state.value.now }
    package var minimumResolution: Duration { .zero }

    /// Waits until the clock has been advanced to `deadline`.
    package func sleep(until deadline: Instant, tolerance: Duration?) async throws {
        let id = state.update { state in
            state.lastID += 1
            state.sleepers[state.lastID] = Sleeper(
                id: state.lastID, requested: state.now.duration(to: deadline), deadline: deadline)
            return state.lastID
        }
        defer { state.update { $0.sleepers[id] = nil } }
        try await state.wait { $0.now >= deadline }
    }

    /// Moves time forward, waking every sleeper whose deadline it reaches.
    package func advance(by duration: Duration) {
        state.update { $0.now = $0.now.advanced(by: duration) }
    }

    /// The tasks asleep now, in the order they went to sleep.
    package var sleepers: [Sleeper] { state.value.sleepers.values.sorted { $0.id < $1.id } }

    /// Waits until a task is asleep that `isMatch` accepts, and returns the first such (in the order of sleeping).
    /// - Throws: ``WaitTimeout`` when none comes within `bound`; `CancellationError` when the task is cancelled.
    package func waitForSleeper(
        for what: String, within bound: Duration = .seconds(90), where isMatch: @escaping @Sendable (Sleeper) -> Bool
    ) async throws -> Sleeper {
        while true {
            try await state.wait(for: what, within: bound) { $0.sleepers.values.contains(where: isMatch) }
            // Only an advance wakes a sleeper, and the test is the one advancing; look again if it did meanwhile.
            if let sleeper = sleepers.first(where: isMatch) { return sleeper }
        }
    }
}
