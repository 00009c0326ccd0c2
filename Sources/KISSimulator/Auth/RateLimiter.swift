/// KIS's per-app-key call limit: at most `limit` calls in any sliding one-second window (``WallClock``).
///
/// Refused calls are not counted, so a client that backs off recovers after a second.
struct RateLimiter: Sendable {
    private var windows: [String: [Duration]] = [:]

    /// Records a call and returns true, or returns false when the window is full.
    mutating func admit(_ appKey: String, limit: Int, at wall: Duration) -> Bool {
        guard limit > 0 else { return true }
        var window = windows[appKey, default: []]
        let cutoff = wall - .seconds(1)
        if let keep = window.firstIndex(where: { $0 > cutoff }) {
            window.removeFirst(keep)
        } else {
            window.removeAll()
        }
        guard window.count < limit else {
            windows[appKey] = window
            return false
        }
        window.append(wall)
        windows[appKey] = window
        return true
    }

    /// Empties every window.
    mutating func reset() { windows.removeAll() }
}
