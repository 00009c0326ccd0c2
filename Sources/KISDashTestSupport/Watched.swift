import Synchronization

/// A value that tasks wait on: ``wait(until:)`` returns as soon as a change made through ``update(_:)`` (or the
/// value as it already is) satisfies a condition.
///
/// It turns "poll until something happened" into an event: the code that makes the change resumes the waiters.
/// ``ManualClock``'s sleepers wait on its time this way, and tests wait on frames and counters with it.
package final class Watched<Value: Sendable>: Sendable {
    private enum Waiter {
        /// Registered, its continuation not made yet.
        case pending
        /// Cancelled before its continuation was made.
        case cancelled
        case waiting(isMet: @Sendable (Value) -> Bool, continuation: CheckedContinuation<Void, any Error>)
    }

    private struct State {
        var value: Value
        var waiters: [Int: Waiter] = [:]
        var nextID = 0
    }

    private let state: Mutex<State>

    /// Creates a watched value.
    package init(_ value: Value) { state = Mutex(State(value: value)) }

    /// The value now.
    package var value: Value { state.withLock { $0.value } }

    /// Changes the value and resumes every waiter whose condition now holds.
    /// - Returns: What `change` returns.
    @discardableResult
    package func update<R: Sendable>(_ change: (inout Value) -> R) -> R {
        let (result, due) = state.withLock { state in
            let result = change(&state.value)
            var due: [CheckedContinuation<Void, any Error>] = []
            for (id, waiter) in state.waiters {
                guard case .waiting(let isMet, let continuation) = waiter, isMet(state.value) else { continue }
                state.waiters[id] = nil
                due.append(continuation)
            }
            return (result, due)
        }
        for continuation in due { continuation.resume() }
        return result
    }

    /// Waits until `isMet` holds for the value.
    /// - Throws: `CancellationError` when the task is cancelled first.
    package func wait(until isMet: @escaping @Sendable (Value) -> Bool) async throws {
        let id = state.withLock { state in
            state.nextID += 1
            state.waiters[state.nextID] = .pending
            return state.nextID
        }
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                let outcome: Result<Void, any Error>? = state.withLock { state in
                    if case .cancelled = state.waiters[id] {
                        state.waiters[id] = nil
                        return .failure(CancellationError())
                    }
                    if isMet(state.value) {
                        state.waiters[id] = nil
                        return .success(())
                    }
                    state.waiters[id] = .waiting(isMet: isMet, continuation: continuation)
                    return nil
                }
                if let outcome { continuation.resume(with: outcome) }
            }
        } onCancel: {
            let continuation: CheckedContinuation<Void, any Error>? = state.withLock { state in
                switch state.waiters[id] {
                case .pending:
                    state.waiters[id] = .cancelled
                    return nil
                case .waiting(_, let continuation):
                    state.waiters[id] = nil
                    return continuation
                case .cancelled, nil:
                    return nil
                }
            }
            continuation?.resume(throwing: CancellationError())
        }
    }
}
