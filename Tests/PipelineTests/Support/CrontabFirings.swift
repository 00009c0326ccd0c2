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
            let values = { (field: String) in Set((0..<60).filter { CronSchedule.matches(field, $0) }) }
            let anyDay = fields[2] == "*" && fields[3] == "*"
            return (
                minutes: values(fields[0]), hours: values(fields[1]), days: anyDay ? values(fields[4]) : [],
                offset: offset, job: job
            )
        }
        var fired: [String: Set<String>] = [:]
        let start = monday.at(KSTTime(secondOfDay: 0))
        for minute in 0..<(7 * 1440) {
            let instant = start.addingTimeInterval(Double(minute) * 60)
            let seconds = zone.secondsFromGMT(for: instant)
            // The wall clock in `zone`: whole minutes since the epoch, shifted by the offset (1970-01-01 was a Thursday).
            let local = (Int(instant.timeIntervalSince1970) + seconds).quotientAndRemainder(dividingBy: 86_400)
            let (hour, minuteOfHour, weekday) = (
                local.remainder / 3600, local.remainder / 60 % 60, (local.quotient + 4) % 7
            )
            let offset = ZonedCrontab.Offset(seconds: seconds, isDaylightSaving: false)
            for line in lines
            where line.minutes.contains(minuteOfHour) && line.hours.contains(hour) && line.days.contains(weekday)
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
