import Synchronization

/// The replies of calls that fired the ``FaultKind/held`` fault, waiting until the test releases them or the
/// simulator stops.
///
/// A hung server on the test's terms: the call has been executed and its reply is ready, but the client waits
/// for as long as the test needs (a signal or a kill during a sync), with no wall-clock window that a slow machine
/// could overrun. The same shape as the fake model server's held replies.
final class HeldReplies: Sendable {
    private struct State {
        /// Replies waiting now, by arrival.
        var waiting: [Int: CheckedContinuation<Void, Never>] = [:]
        var nextID = 0
        /// Set when the simulator stops: nothing waits any more.
        var isOpen = false
    }

    private let state = Mutex(State())

    /// How many replies are held now.
    var count: Int { state.withLock { $0.waiting.count } }

    /// Waits until ``releaseAll()`` or ``open()``; returns at once after ``open()`` or when the task is cancelled.
    func hold() async {
        let id = state.withLock { state in
            state.nextID += 1
            return state.nextID
        }
        await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                let waits = state.withLock { state in
                    guard !state.isOpen, !Task.isCancelled else { return false }
                    state.waiting[id] = continuation
                    return true
                }
                if !waits { continuation.resume() }
            }
        } onCancel: {
            state.withLock { $0.waiting.removeValue(forKey: id) }?.resume()
        }
    }

    /// Lets every reply held now go out; later calls that fire the fault are held again.
    func releaseAll() {
        let released = state.withLock { state in
            defer { state.waiting = [:] }
            return Array(state.waiting.values)
        }
        for continuation in released { continuation.resume() }
    }

    /// Releases every held reply and holds none from now on, so the listeners can stop without waiting for them.
    func open() {
        state.withLock { $0.isOpen = true }
        releaseAll()
    }
}
