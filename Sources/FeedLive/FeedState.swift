import Foundation
import PortfolioModel

/// The mutable side of a running feed: its status and the pending re-render, shared by the session and the
/// debounce loop.
actor FeedState {
    private(set) var status: FeedStatus
    private(set) var renderDue: Date?

    init(now: Date) { status = FeedStatus(now: now) }

    func connected(at now: Date) { status.connected(at: now) }
    func disconnected(at now: Date, error: String?) { status.disconnected(at: now, error: error) }
    func stopped(at now: Date) { status.stopped(at: now) }
    func frame(at now: Date) { status.receivedFrame(at: now) }
    func notices(_ count: Int, at now: Date) { status.receivedNotices(count, at: now) }
    func unreadable(_ reason: String, at now: Date) { status.unreadableFrame(reason, at: now) }
    func error(_ message: String, at now: Date) { status.recordError(message, at: now) }

    /// Arms (or pushes back) the re-render.
    func fillsArrived(renderAt due: Date) { renderDue = due }

    /// True once, when the re-render is due.
    func takeDueRender(now: Date) -> Bool {
        guard let due = renderDue, now >= due else { return false }
        renderDue = nil
        return true
    }

    /// Whether the session has been silent longer than `limit`.
    func isSilent(at now: Date, longerThan limit: Duration) -> Bool { status.isSilent(at: now, longerThan: limit) }
}
