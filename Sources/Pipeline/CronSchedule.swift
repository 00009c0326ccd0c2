package import Foundation
package import PortfolioModel

/// The schedule as data: each job's cron lines in KST (weekdays), its `kisdash` arguments and its time limit.
///
/// Pure. The same table prints the crontab (`kisdash cron print`, converted to the machine's zone by
/// ``ZonedCrontab``), the systemd timers (`kisdash cron units`) and answers "when is the next run" for
/// `kisdash status`, so the three can never disagree.
package struct CronSchedule: Sendable {
    /// One crontab line in KST: minute and hour fields (days are always Monday–Friday).
    package struct Line: Sendable, Hashable {
        package var minute: String
        package var hour: String
    }

    /// One scheduled job.
    package struct Job: Sendable, Hashable {
        package var name: String
        package var arguments: [String]
        package var lines: [Line]
        /// The wrapper kills the job after this many seconds (`kisdash-cron.sh --timeout`).
        package var timeLimitSeconds: Int
    }

    package var jobs: [Job]

    /// The schedule from the seed (§7), widened to Nextrade's 08:00–20:00 when `nxt` is on.
    ///
    /// KRX only: the full sync every 30 min 08:30–16:00, the dashboard every 10 min 08:55–15:35, the light
    /// refresh every minute 09:00–15:30 (not on the dashboard's minutes), the archive at 16:10. With NXT: the
    /// sync 07:30–20:00, the dashboard 07:55–20:05, the light refresh 08:00–20:00 and the archive at 20:10.
    package init(nxt: Bool) {
        let light = "0-4,6-14,16-24,26-34,36-44,46-54,56-59"
        let (first, last) = nxt ? (8, 20) : (9, 16)  // the first session hour, and the hour after the close
        let close = nxt ? "20:00" : "15:30"
        func hh(_ hour: Int) -> String { hour < 10 ? "0\(hour)" : "\(hour)" }
        jobs = [
            Job(
                name: "30-minute full sync (\(hh(first - 1)):30-\(last):00)", arguments: ["sync"],
                lines: [
                    Line(minute: "30", hour: "\(first - 1)"), Line(minute: "0,30", hour: "\(first)-\(last - 1)"),
                    Line(minute: "0", hour: "\(last)"),
                ],
                timeLimitSeconds: 900),
            Job(
                name: "10-minute dashboard refresh (\(hh(first - 1)):55-\(nxt ? "20:05" : "15:35"))",
                arguments: ["run"],
                lines: [Line(minute: "55", hour: "\(first - 1)"), Line(minute: "5-55/10", hour: "\(first)-14")]
                    + (nxt
                        ? [Line(minute: "5-55/10", hour: "15-19"), Line(minute: "5", hour: "20")]
                        : [Line(minute: "5,15,25,35", hour: "15")]),
                timeLimitSeconds: 540),
            Job(
                name: "1-minute light refresh (\(hh(first)):00-\(close))", arguments: ["run", "--light"],
                lines: nxt
                    ? [Line(minute: light, hour: "8-19"), Line(minute: "0", hour: "20")]
                    : [Line(minute: light, hour: "9-14"), Line(minute: "0-4,6-14,16-24,26-30", hour: "15")],
                timeLimitSeconds: 120),
            Job(
                name: "end-of-day archive (after the last session)", arguments: ["archive"],
                lines: [Line(minute: "10", hour: nxt ? "20" : "16")], timeLimitSeconds: 1800),
        ]
    }

    /// The KST minutes of the day (0..<1440) at which `job` fires on a weekday.
    package func kstMinutes(of job: Job) -> [Int] {
        (0..<1440).filter { m in job.lines.contains { Self.matches($0.minute, m % 60) && Self.matches($0.hour, m / 60) }
        }
    }

    /// The next time after `instant` that `job` fires on a trading day (within two weeks), or `nil`.
    package func nextRun(of job: Job, after instant: Date, isTradingDay: (TradeDate) -> Bool) -> Date? {
        var minuteStart = KST.minuteStart(instant).addingTimeInterval(60)
        for _ in 0..<(14 * 24 * 60) {
            let day = TradeDate(minuteStart)
            let time = KST.timeOfDay(minuteStart)
            if !day.isWeekend, isTradingDay(day),
                job.lines.contains(where: { Self.matches($0.minute, time.minute) && Self.matches($0.hour, time.hour) })
            {
                return minuteStart
            }
            minuteStart.addTimeInterval(60)
        }
        return nil
    }

    /// Whether a cron field (`*`, `a`, `a-b`, `a-b/s`, lists of those) matches `value`.
    package static func matches(_ field: String, _ value: Int) -> Bool {
        field.split(separator: ",").contains { part in
            let pieces = part.split(separator: "/")
            let step = pieces.count == 2 ? Int(pieces[1]) ?? 1 : 1
            let range = pieces[0]
            let (low, high): (Int, Int)
            if range == "*" {
                (low, high) = (0, 59)
            } else if let dash = range.firstIndex(of: "-") {
                (low, high) = (Int(range[..<dash]) ?? -1, Int(range[range.index(after: dash)...]) ?? -1)
            } else {
                (low, high) = (Int(range) ?? -1, pieces.count == 2 ? 59 : Int(range) ?? -1)
            }
            return value >= low && value <= high && (value - low) % step == 0
        }
    }
}
