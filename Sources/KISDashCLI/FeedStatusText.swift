import Foundation
import PortfolioModel

/// `kisdash status`'s feed line.
enum FeedStatusText {
    static func line(_ status: FeedStatus?, savedAt: Date?, now: Date) -> String {
        guard let status else { return "feed: never run (kisdash feed)" }
        var parts: [String] = []
        if let since = status.connectedSince {
            parts.append("connected since \(KST.format(since)) KST")
        } else {
            parts.append("not connected")
        }
        parts.append("last frame \(status.lastFrameAt.map { KST.format($0) + " KST" } ?? "none")")
        parts.append("reconnects today \(status.reconnectsToday)")
        parts.append("notices today \(status.noticesToday)")
        if status.unreadableFramesToday > 0 { parts.append("unreadable frames \(status.unreadableFramesToday)") }
        if let error = status.lastError { parts.append("last error: \(error)") }
        if let savedAt, status.isConnected, now.timeIntervalSince(savedAt) > 600 {
            parts.append(
                "(status not updated for \(Int(now.timeIntervalSince(savedAt) / 60)) min: is the feed running?)")
        }
        return "feed: " + parts.joined(separator: " · ")
    }
}
