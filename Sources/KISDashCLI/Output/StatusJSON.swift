import Foundation
import Pipeline
import PortfolioModel
import Storage

/// `kisdash status --json`: the same facts as the text, as values.
struct StatusJSON {
    var account: AccountNumber
    var mode: TradingMode
    var now: Date
    var clock: MarketClock
    var schedule: CronSchedule
    var dataTime: Date?
    var staleMinutes: Int
    var cycles: [PipelineRunRecord]
    var syncs: [SyncRunRecord]
    var feed: (status: FeedStatus, savedAt: Date)?
    var probe = ProcessProbe.live

    var fields: [String: JSONValue] {
        let status = clock.status(at: now)
        let (isOpen, session, reason): (Bool, String?, String?) =
            switch status {
            case .open(let s): (true, s.name, nil)
            case .closed(let r): (false, nil, r)
            }
        let (age, isStale) = StatusReport.age(of: dataTime, now: now, clock: clock, staleMinutes: staleMinutes)
        return [
            "account": .string(account.masked), "mode": .string(mode.rawValue), "now": .time(now),
            "market": .object(["open": .bool(isOpen), "session": .optional(session), "closedReason": .optional(reason)]
            ),
            "calendar": .string(mode == .paper ? "weekends+override" : "kis+weekends+override"),
            "dataAsOf": .time(dataTime), "dataAgeMinutes": .optional(age),
            "stale": .bool(isStale),
            "nextRuns": .array(
                StatusReport.nextRuns(schedule, clock: clock, after: now).map {
                    .object(["command": .string($0.0), "at": .time($0.1)])
                }),
            "cycles": .array(
                cycles.map {
                    CommandJSON.run(
                        kind: $0.kind.rawValue, startedAt: $0.startedAt, endedAt: $0.endedAt,
                        outcome: $0.outcome.rawValue, owner: $0.owner,
                        failed: $0.stages.filter { $0.outcome == "failure" }.map(\.name), message: $0.message,
                        probe: probe)
                }),
            "syncs": .array(
                syncs.map {
                    CommandJSON.run(
                        kind: $0.kind.rawValue, startedAt: $0.startedAt, endedAt: $0.endedAt,
                        outcome: $0.outcome.rawValue, owner: $0.owner, failed: [], message: $0.message, probe: probe)
                }),
            "feed": feed.map { f in
                .object([
                    "connectedSince": .time(f.status.connectedSince), "lastFrameAt": .time(f.status.lastFrameAt),
                    "reconnectsToday": .optional(f.status.reconnectsToday),
                    "noticesToday": .optional(f.status.noticesToday),
                    "unreadableFramesToday": .optional(f.status.unreadableFramesToday),
                    "lastError": .optional(f.status.lastError), "savedAt": .time(f.savedAt),
                ])
            } ?? .null,
        ]
    }
}
