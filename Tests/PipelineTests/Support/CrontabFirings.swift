import Foundation
import PortfolioModel

@testable import Pipeline

/// Runs a printed crontab the way cron and the wrapper would, minute by minute, in a given machine zone.
///
/// For each minute of a KST week, the line matches on the zone's wall clock (minute, hour, day of week) and, when
/// it passes `--utc-offset`, only while the zone has that offset (the wrapper's gate). The answer is in KST, so a
/// test compares it with the KST table directly.
enum CrontabFirings {
    /// The KST firings of each job (its `kisdash` arguments) as `"<ISO weekday> HH:MM"`, over the week of `monday`.
    static func firings(of crontab: String, zone: TimeZone, week monday: TradeDate) -> [String: Set<String>] {
        let lines = crontab.split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.isEmpty }.map { line in
            let fields = line.split(separator: " ").map(String.init)
            let offset = fields.firstIndex(of: "--utc-offset").map { fields[$0 + 1] }
            let job = fields.drop { $0 != "--timeout" }.dropFirst(2).joined(separator: " ")
            return (fields: Array(fields[0..<5]), offset: offset, job: job)
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        var fired: [String: Set<String>] = [:]
        let start = monday.at(KSTTime(secondOfDay: 0))
        for minute in 0..<(7 * 1440) {
            let instant = start.addingTimeInterval(Double(minute) * 60)
            let local = calendar.dateComponents([.weekday, .hour, .minute], from: instant)
            let offset = ZonedCrontab.Offset(seconds: zone.secondsFromGMT(for: instant), isDaylightSaving: false)
            for line in lines
            where CronSchedule.matches(line.fields[0], local.minute ?? -1)
                && CronSchedule.matches(line.fields[1], local.hour ?? -1) && line.fields[2] == "*"
                && line.fields[3] == "*" && CronSchedule.matches(line.fields[4], (local.weekday ?? 0) - 1)
                && (line.offset == nil || line.offset == offset.compact)
            {
                let time = KST.timeOfDay(instant).colonSeparated.prefix(5)
                fired[line.job, default: []].insert("\(TradeDate(instant).isoWeekday) \(time)")
            }
        }
        return fired
    }

    /// What the KST table says: each job's minutes on Monday (1) to Friday (5), in the same form.
    static func expected(_ schedule: CronSchedule) -> [String: Set<String>] {
        var out: [String: Set<String>] = [:]
        for job in schedule.jobs {
            let minutes = schedule.kstMinutes(of: job).map { String(format: "%02d:%02d", $0 / 60, $0 % 60) }
            out[job.arguments.joined(separator: " ")] = Set((1...5).flatMap { day in minutes.map { "\(day) \($0)" } })
        }
        return out
    }
}
