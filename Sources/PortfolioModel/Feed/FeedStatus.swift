package import Foundation

/// How the real-time execution feed is doing: a pure value the feed service updates and persists, and that
/// `status` commands and the dashboard read.
///
/// Counters are per KST trading day: the first event of a new day starts them from zero. Errors are stored as
/// text that callers must already have redacted (the feed's errors never carry keys or account numbers).
package struct FeedStatus: Sendable, Codable, Equatable {
    /// The KST day the counters belong to.
    package var day: TradeDate
    /// When the current connection was opened and subscribed; `nil` while disconnected.
    package var connectedSince: Date?
    /// When the last frame of any kind (data, control, PINGPONG) arrived.
    package var lastFrameAt: Date?
    /// Connections lost (and so reconnects needed) today.
    package var reconnectsToday: Int
    /// Execution notices decoded today.
    package var noticesToday: Int
    /// Frames that could not be read today (garbage, undecryptable, bad fields).
    package var unreadableFramesToday: Int
    /// The last problem, already redacted, and when it happened.
    package var lastError: String?
    /// When ``lastError`` happened.
    package var lastErrorAt: Date?

    /// A fresh status for the KST day of `now`.
    package init(now: Date) {
        day = TradeDate(now)
        connectedSince = nil
        lastFrameAt = nil
        reconnectsToday = 0
        noticesToday = 0
        unreadableFramesToday = 0
    }

    /// Whether a connection is up.
    package var isConnected: Bool { connectedSince != nil }

    /// Records a connection that opened (and subscribed) at `now`.
    package mutating func connected(at now: Date) {
        roll(to: now)
        connectedSince = now
    }

    /// Records a lost connection at `now`, with its cause if known.
    package mutating func disconnected(at now: Date, error: String? = nil) {
        roll(to: now)
        if connectedSince != nil { reconnectsToday += 1 }
        connectedSince = nil
        if let error { recordError(error, at: now) }
    }

    /// Records a clean stop (SIGTERM): not connected any more, and not counted as a reconnect.
    package mutating func stopped(at now: Date) {
        roll(to: now)
        connectedSince = nil
    }

    /// Records a frame of any kind at `now`.
    package mutating func receivedFrame(at now: Date) {
        roll(to: now)
        lastFrameAt = now
    }

    /// Records `count` decoded execution notices at `now`.
    package mutating func receivedNotices(_ count: Int, at now: Date) {
        roll(to: now)
        noticesToday += count
    }

    /// Records a frame that could not be read, and why.
    package mutating func unreadableFrame(_ reason: String, at now: Date) {
        roll(to: now)
        unreadableFramesToday += 1
        recordError(reason, at: now)
    }

    /// Records a problem (already redacted) at `now`.
    package mutating func recordError(_ message: String, at now: Date) {
        roll(to: now)
        lastError = message
        lastErrorAt = now
    }

    /// Whether nothing has arrived for longer than `limit` while connected (KIS pings about every minute, so
    /// a silent connection is a dead one).
    package func isSilent(at now: Date, longerThan limit: Duration) -> Bool {
        guard let since = lastFrameAt ?? connectedSince else { return false }
        return isConnected && now.timeIntervalSince(since) > limit.inSeconds
    }

    /// Starts the counters afresh when `now` is on a later KST day.
    private mutating func roll(to now: Date) {
        let today = TradeDate(now)
        guard today > day else { return }
        day = today
        reconnectsToday = 0
        noticesToday = 0
        unreadableFramesToday = 0
    }
}
