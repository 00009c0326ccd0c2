package import Foundation

/// The KST schedule in a machine zone's wall clock, for a cron that ignores `CRON_TZ` (Debian 12's 3.0pl1).
///
/// Pure. Every firing minute of the KST table (Monday–Friday) is moved to the zone's wall clock, for each UTC
/// offset the zone uses in the coming year, and folded back into cron lines with their days of the week (08:30 KST
/// on a Monday is 23:30 UTC on the Sunday). A zone with daylight saving gets one set of lines per offset, each
/// passing `--utc-offset` to the wrapper, which runs a line only while the clock has that offset: every job fires
/// at its KST time all year, and never twice.
package struct ZonedCrontab: Sendable {
    /// One converted crontab line.
    package struct Entry: Sendable, Hashable {
        package var minute: String
        package var hour: String
        /// The day-of-week field (`0` is Sunday).
        package var weekdays: String
    }

    /// A UTC offset the zone uses, and whether it is its daylight-saving time.
    package struct Offset: Sendable, Hashable {
        package var seconds: Int
        package var isDaylightSaving: Bool

        /// `+0900`, `-0400`: what `date +%z` prints, which the wrapper compares.
        package var compact: String {
            let m = abs(seconds) / 60
            return (seconds < 0 ? "-" : "+") + String(format: "%02d%02d", m / 60, m % 60)
        }

        /// `UTC-04:00`.
        package var label: String { "UTC" + compact.prefix(3) + ":" + compact.suffix(2) }
    }

    package var schedule: CronSchedule
    package var zone: TimeZone
    /// The zone's name as the user gave it (Foundation calls `UTC` "GMT").
    package var zoneName: String
    /// The zone's offsets over the year from the moment of printing, lowest first (two for a zone with DST).
    package var offsets: [Offset]

    /// Converts `schedule` for `zone` (called `name`), looking at the offsets it uses in the year after `now`.
    package init(schedule: CronSchedule, zone: TimeZone, name: String? = nil, now: Date) {
        self.schedule = schedule
        self.zone = zone
        zoneName = name ?? zone.identifier
        var seen: [Int: Bool] = [:]
        for half in 0..<(2 * 366) {
            let t = now.addingTimeInterval(Double(half) * 43_200)
            let s = zone.secondsFromGMT(for: t)
            if seen[s] == nil { seen[s] = zone.isDaylightSavingTime(for: t) }
        }
        offsets = seen.map { Offset(seconds: $0.key, isDaylightSaving: $0.value) }.sorted { $0.seconds < $1.seconds }
    }

    /// Whether the crontab needs one set of lines per offset (the zone has daylight saving).
    package var isGated: Bool { offsets.count > 1 }

    /// The lines of `job` while the clock is at `offset`, in the order they fire in KST.
    package func entries(for job: CronSchedule.Job, at offset: Offset) -> [Entry] {
        let shift = (offset.seconds - 9 * 3600) / 60
        var daysByMinute: [Int: Set<Int>] = [:]  // local minute of the day → days of the week (0 = Sunday)
        for m in schedule.kstMinutes(of: job) {
            for day in 1...5 {
                let w = ((day * 1440 + m + shift) % 10_080 + 10_080) % 10_080
                daysByMinute[w % 1440, default: []].insert(w / 1440)
            }
        }
        var minutesByHour: [[Int]: [Int: [Int]]] = [:]  // days → hour → minutes
        for (m, days) in daysByMinute { minutesByHour[days.sorted(), default: [:]][m / 60, default: []].append(m % 60) }
        var hoursByMinutes: [[[Int]]: [Int]] = [:]  // [days, minutes] → hours
        for (days, hours) in minutesByHour {
            for (hour, minutes) in hours { hoursByMinutes[[days, minutes.sorted()], default: []].append(hour) }
        }
        let firstKST: ([[Int]], [Int]) -> Int = { key, hours in
            (((hours.min() ?? 0) * 60 + (key[1].first ?? 0) - shift) % 1440 + 1440) % 1440
        }
        return hoursByMinutes.sorted { firstKST($0.key, $0.value) < firstKST($1.key, $1.value) }.map {
            Entry(minute: Self.field($0.key[1]), hour: Self.field($0.value.sorted()), weekdays: Self.field($0.key[0]))
        }
    }

    /// A cron field for sorted values: `a-b/s` for an even progression of three or more, else ranges and values.
    package static func field(_ values: [Int]) -> String {
        if values.count > 2, let step = zip(values.dropFirst(), values).map({ $0 - $1 }).first, step > 1,
            zip(values.dropFirst(), values).allSatisfy({ $0 - $1 == step }), let low = values.first,
            let high = values.last
        {
            return "\(low)-\(high)/\(step)"
        }
        var parts: [String] = []
        var runStart = 0
        for i in values.indices where i == values.count - 1 || values[i + 1] != values[i] + 1 {
            parts.append(runStart == i ? "\(values[i])" : "\(values[runStart])-\(values[i])")
            runStart = i + 1
        }
        return parts.joined(separator: ",")
    }
}
