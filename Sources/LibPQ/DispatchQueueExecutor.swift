import Dispatch

/// A serial executor that runs every job on one `DispatchQueue`.
///
/// This is GRDB's `DispatchQueueActor` idea: an actor using it as its executor runs all its code on the queue's
/// thread, so blocking libpq calls never occupy a thread of Swift's cooperative pool (which has only as many
/// threads as cores: two on this machine).
final class DispatchQueueExecutor: SerialExecutor {
    private let queue: DispatchQueue

    /// Creates an executor on a new serial queue.
    init(label: String) {
        queue = DispatchQueue(label: label)
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        let executor = asUnownedSerialExecutor()
        queue.async {
            job.runSynchronously(on: executor)
        }
    }

    func asUnownedSerialExecutor() -> UnownedSerialExecutor {
        UnownedSerialExecutor(ordinary: self)
    }
}
