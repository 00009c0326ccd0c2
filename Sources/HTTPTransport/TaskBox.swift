import Foundation
import Synchronization

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Hands a `URLSessionTask` from the continuation that starts it to the cancellation handler that may stop it.
///
/// The two closures can run on different threads in either order (the handler even before the task exists),
/// so the state sits behind a `Mutex`.
final class TaskBox: Sendable {
    private struct State {
        var task: URLSessionTask?
        var isCancelled = false
    }

    private let state = Mutex(State())

    /// Starts `task`, or cancels it at once if cancellation already happened.
    func start(_ task: URLSessionTask) {
        let cancelled = state.withLock { state in
            state.task = task
            return state.isCancelled
        }
        task.resume()
        if cancelled { task.cancel() }
    }

    /// Cancels the task if it started; remembers the cancellation otherwise.
    func cancel() {
        let task = state.withLock { state in
            state.isCancelled = true
            return state.task
        }
        task?.cancel()
    }
}
