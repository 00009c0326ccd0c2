// The one place where tests wait against the wall clock, and only to bound a wait: neither helper times anything.
//
// A wait for something the test can be told about (a frame, a counter, a clock, a process's exit) is an event:
// ``Watched/wait(until:)``, `Process.exited()`. ``withBound(_:within:_:)`` puts an upper bound on such a wait, so
// "never" fails the test instead of hanging it. ``eventually(_:within:poll:_:)`` polls, and is only for what
// announces itself to no one: rows that another process (`kisdash feed`, the service under test) writes to
// PostgreSQL, or a killed client's backend ending its session on its own. The bounds are generous: frames and
// rows cross real sockets and processes on a loaded 2-core machine, so a bound only tells "late" from "never".

/// A wait that did not end within its bound.
package struct WaitTimeout: Error, CustomStringConvertible {
    /// What was waited for.
    package var what: String
    /// The bound that passed.
    package var bound: Duration

    /// Creates the error.
    package init(what: String, bound: Duration) {
        self.what = what
        self.bound = bound
    }

    package var description: String { "timed out after \(bound) waiting for \(what)" }
}

/// Runs `operation` (an event wait) and throws ``WaitTimeout`` if it has not finished within `bound`.
///
/// The operation is cancelled when the bound passes, so it must end on cancellation (``Watched`` waits do).
/// - Parameters:
///   - what: What is waited for, for the failure message.
///   - bound: Wall time after which the wait fails.
///   - operation: The wait.
/// - Returns: What `operation` returns.
/// - Throws: ``WaitTimeout``, or what `operation` throws.
package func withBound<T: Sendable>(
    _ what: String, within bound: Duration = .seconds(90), _ operation: @escaping @Sendable () async throws -> T
) async throws -> T {
    try await withThrowingTaskGroup(of: T?.self) { group in
        group.addTask { try await operation() }
        group.addTask {
            try await ContinuousClock().sleep(for: bound)
            return nil
        }
        defer { group.cancelAll() }
        guard let first = try await group.next(), let result = first else {
            throw WaitTimeout(what: what, bound: bound)
        }
        return result
    }
}

/// Polls `condition` every `poll` until it holds; throws ``WaitTimeout`` after `bound`.
///
/// Only for conditions no event announces (see the top of this file); anything else is awaited.
/// - Parameters:
///   - what: What is waited for, for the failure message.
///   - bound: Wall time after which the wait fails.
///   - poll: Time between two checks.
///   - condition: The condition, checked at once and then after every `poll`.
/// - Throws: ``WaitTimeout``, or what `condition` throws.
package func eventually(
    _ what: String, within bound: Duration = .seconds(90), poll: Duration = .milliseconds(20),
    _ condition: () async throws -> Bool
) async throws {
    let clock = ContinuousClock()
    let deadline = clock.now + bound
    while try await !condition() {
        guard clock.now < deadline else { throw WaitTimeout(what: what, bound: bound) }
        try await clock.sleep(for: poll)
    }
}

extension Watched {
    /// Waits until `isMet` holds for the value, at most `bound`.
    /// - Throws: ``WaitTimeout`` when the bound passes first; `CancellationError` when the task is cancelled.
    package func wait(
        for what: String, within bound: Duration = .seconds(90), until isMet: @escaping @Sendable (Value) -> Bool
    ) async throws {
        try await withBound(what, within: bound) { try await self.wait(until: isMet) }
    }
}
