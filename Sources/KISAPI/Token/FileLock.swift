import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An exclusive `flock(2)` on a lock file, shared across processes (each cron run of kisdash is one).
///
/// `flock` locks belong to the open file description, so two opens in one process also exclude each other,
/// and the kernel drops the lock if the process dies. The lock is taken with `LOCK_NB` and polled on the
/// injected clock so a waiting task never blocks a cooperative thread and the wait stays bounded.
final class FileLock {
    private var descriptor: Int32

    private init(descriptor: Int32) { self.descriptor = descriptor }

    deinit { release() }

    /// Unlocks and closes the file; safe to call twice.
    ///
    /// Call it explicitly (in a `defer`) so the lock is held
    /// exactly as long as the code that needs it, whatever ARC decides about the object's lifetime.
    func release() {
        guard descriptor >= 0 else { return }
        _ = flock(descriptor, LOCK_UN)
        _ = close(descriptor)
        descriptor = -1
    }

    /// Takes the lock on `path` (created with mode 0600), waiting at most `maxWait`.
    /// - Throws: ``KISError`` `.tokenCache` if the file cannot be opened or the wait runs out;
    ///   `CancellationError` if cancelled while waiting.
    static func acquire(path: String, clock: any Clock<Duration>, maxWait: Duration) async throws -> FileLock {
        let fd = open(path, O_CREAT | O_RDWR | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            throw KISError(.tokenCache, "cannot open lock file \(path) (errno \(errno))", operation: "token-cache")
        }
        let lock = FileLock(descriptor: fd)
        let poll = Duration.milliseconds(50)
        var waited = Duration.zero
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            guard waited < maxWait else {
                throw KISError(
                    .tokenCache, "another process held \(path) for more than \(maxWait)", operation: "token-cache")
            }
            try await clock.sleep(for: poll)
            waited += poll
        }
        return lock
    }
}
