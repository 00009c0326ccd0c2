import Foundation

/// The rate limit shared by every process using one app key: a small file of the last window's call times.
///
/// KIS counts calls per app key in a sliding one-second window, whichever process makes them. A cron job that
/// starts right after another (a sync, then a quote refresh) would otherwise open with a full burst while the
/// server's window still holds the previous process's last calls, and get `EGW00201`. Before each call the
/// client takes an exclusive `flock` on the ledger (held for microseconds), drops times older than the window,
/// and either records the call or sleeps until the oldest leaves the window. The lock is only ever tried
/// (`LOCK_NB`): a busy ledger means "wait a millisecond" on the client's clock, so a thread of Swift's cooperative
/// pool never blocks in the kernel behind another process. Times are the real wall clock
/// (`Date()`), not the client's `now`, which a replay (`--now`) may shift differently in each process.
struct CallLedger: Sendable {
    let path: String
    let limit: Int
    let window: TimeInterval

    /// Moves the slot recorded at `reservedAt` to now, once the call's response has arrived (see `RateLimiter`).
    func complete(reservedAt: TimeInterval) {
        let fd = open(path, O_RDWR | O_CLOEXEC)
        guard fd >= 0 else { return }
        defer { close(fd) }
        guard Self.tryLock(fd, attempts: 1_000) else { return }
        defer { flock(fd, LOCK_UN) }
        var times = Self.read(fd)
        guard let i = times.firstIndex(of: reservedAt) else { return }
        times[i] = Date().timeIntervalSince1970
        Self.write(times.suffix(limit), to: fd)
    }

    /// Waits until one more call fits in the shared window, then records it.
    /// - Parameter clock: Where to sleep. Waiting is bounded: after 100 rounds the call proceeds (the in-process
    ///   limiter and the bounded EGW00201 retries remain).
    /// - Returns: The recorded time, to hand to ``complete(reservedAt:)``.
    /// - Throws: `CancellationError` when the task is cancelled while waiting.
    @discardableResult
    func reserve(clock: any Clock<Duration>) async throws -> TimeInterval {
        for _ in 0..<100 {
            let now = Self.rounded(Date().timeIntervalSince1970)
            let wait = try takeSlot(now: now)
            guard let wait else { return now }
            try await clock.sleep(for: .milliseconds(Int64((wait * 1000).rounded(.up)) + 1))
        }
        return 0
    }

    /// Takes the lock without blocking, yielding between a bounded number of tries (holders keep it for
    /// microseconds); false when it stayed busy.
    private static func tryLock(_ fd: Int32, attempts: Int) -> Bool {
        for _ in 0..<attempts {
            if flock(fd, LOCK_EX | LOCK_NB) == 0 { return true }
            guard errno == EWOULDBLOCK else { return false }
            sched_yield()
        }
        return false
    }

    /// Times as the file stores them (microseconds), so a recorded time can be found again.
    private static func rounded(_ t: TimeInterval) -> TimeInterval { (t * 1_000_000).rounded() / 1_000_000 }

    /// Records a call at `now` if the window has room; otherwise returns how long to wait.
    func takeSlot(now: TimeInterval) throws -> TimeInterval? {
        var fd = open(path, O_CREAT | O_RDWR | O_CLOEXEC, 0o600)
        if fd < 0 && errno == ENOENT {  // first use of the state directory
            let dir = (path as NSString).deletingLastPathComponent
            try? FileManager.default.createDirectory(
                atPath: dir, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            fd = open(path, O_CREAT | O_RDWR | O_CLOEXEC, 0o600)
        }
        guard fd >= 0 else {
            throw KISError(.tokenCache, "cannot open the rate ledger \(path) (errno \(errno))", operation: "rate-limit")
        }
        defer { close(fd) }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            guard errno == EWOULDBLOCK else {
                throw KISError(
                    .tokenCache, "cannot lock the rate ledger \(path) (errno \(errno))", operation: "rate-limit")
            }
            return 0.001  // another process holds it for microseconds: ask again in a millisecond
        }
        defer { flock(fd, LOCK_UN) }
        var times = Self.read(fd).filter { $0 > now - window && $0 <= now + window }
        if times.count >= limit, let oldest = times.min() {
            return max(0.001, oldest + window - now)
        }
        times.append(now)
        Self.write(times.suffix(limit), to: fd)
        return nil
    }

    private static func read(_ fd: Int32) -> [TimeInterval] {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 4096)
        lseek(fd, 0, SEEK_SET)
        while true {
            let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            guard n > 0 else { break }
            data.append(contentsOf: buffer[0..<n])
        }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").compactMap { TimeInterval($0) }
    }

    private static func write(_ times: ArraySlice<TimeInterval>, to fd: Int32) {
        let text = times.map { String(format: "%.6f", $0) }.joined(separator: "\n") + "\n"
        lseek(fd, 0, SEEK_SET)
        _ = ftruncate(fd, 0)
        _ = text.utf8CString.withUnsafeBufferPointer { Glibc.write(fd, $0.baseAddress, $0.count - 1) }
    }
}
