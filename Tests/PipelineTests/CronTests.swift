import ArgumentParser
import Foundation
import Pipeline
import PortfolioModel
import Testing

@testable import KISDashCLI

@Suite struct CronTests {
    static let newYear = Date(timeIntervalSince1970: 1_767_225_600)  // 2026-01-01 00:00 UTC: fixes the offsets

    @Test func theCommittedCrontabIsWhatCronPrintPrintsForSeoul() throws {
        let committed = try String(
            contentsOf: Folders.packageRoot.appendingPathComponent("cron/crontab"), encoding: .utf8)
        let seoul = try #require(TimeZone(identifier: "Asia/Seoul"))
        let printed = ZonedCrontab(schedule: CronSchedule(nxt: false), zone: seoul, now: Self.newYear)
        #expect(printed.crontab(installDir: "/opt/kisdash") == committed)
        _ = try KISDash.parseAsRoot(["cron", "print", "--install-dir", "/opt/kisdash", "--zone", "UTC"])
        #expect(throws: (any Error).self) { try KISDash.parseAsRoot(["cron", "print", "--zone", "Mars/Olympus"]) }
    }

    @Test func theCommittedSystemdUnitsAreWhatCronUnitsWrites() throws {
        for unit in CronSchedule(nxt: false).systemdUnits(installDir: "/opt/kisdash") {
            let committed = try String(
                contentsOf: Folders.packageRoot.appendingPathComponent("cron/systemd/\(unit.name)"), encoding: .utf8)
            #expect(unit.text == committed, "cron/systemd/\(unit.name)")
        }
        let run = CronSchedule(nxt: false).systemdUnits(installDir: "/srv/k").first { $0.name == "kisdash-run.timer" }
        #expect(run?.text.contains("OnCalendar=Mon..Fri *-*-* 09..14:05,15,25,35,45,55:00 Asia/Seoul") == true)
    }

    /// The printed crontab, run as cron would in each zone (January, July, the week DST starts), fires every job
    /// exactly at its KST minutes on Monday–Friday and never on a Korean weekend.
    @Test(arguments: [
        ("Asia/Seoul", "2026-01-05"), ("UTC", "2026-01-05"), ("UTC", "2026-07-06"),
        ("America/New_York", "2026-01-05"), ("America/New_York", "2026-07-06"), ("America/New_York", "2026-03-09"),
        ("Asia/Kolkata", "2026-07-06"), ("Pacific/Auckland", "2026-01-05"),
    ])
    func theCrontabFiresOnKoreanHoursInAnyZone(zone: String, monday: String) throws {
        let tz = try #require(TimeZone(identifier: zone))
        let week = try #require(TradeDate(monday))
        for nxt in [false, true] {
            let schedule = CronSchedule(nxt: nxt)
            let text = ZonedCrontab(schedule: schedule, zone: tz, now: Self.newYear).crontab(installDir: "/opt/k")
            let fired = CrontabFirings.firings(of: text, zone: tz, week: week)
            #expect(fired == CrontabFirings.expected(schedule), "\(zone) week of \(monday), nxt \(nxt)")
            let runs = fired["run"] ?? []
            let from: Int = nxt ? 475 : 535  // 07:55 or 08:55
            let to: Int = nxt ? 1205 : 935  // 20:05 or 15:35
            for day in 1...5 {
                for m in stride(from: from, through: to, by: 10) {
                    #expect(runs.contains(String(format: "\(day) %02d:%02d", m / 60, m % 60)), "\(zone) run \(m)")
                }
                #expect(fired["archive"]?.contains("\(day) \(nxt ? "20:10" : "16:10")") == true)
            }
        }
    }

    @Test func aZoneWithDaylightSavingIsListedOncePerOffsetAndWarned() throws {
        let utc = ZonedCrontab(
            schedule: CronSchedule(nxt: false), zone: try #require(TimeZone(identifier: "UTC")), now: Self.newYear)
        let utcText = utc.crontab(installDir: "/opt/k")
        #expect(utc.warning == nil && !utcText.contains("--utc-offset") && !utcText.contains("\nCRON_TZ="))
        #expect(utcText.contains("\n55 23 * * 0-4 /opt/k/cron/kisdash-cron.sh --timeout 540 run\n"))
        #expect(utcText.contains("\n5-55/10 0-5 * * 1-5 /opt/k/cron/kisdash-cron.sh --timeout 540 run\n"))
        let ny = ZonedCrontab(
            schedule: CronSchedule(nxt: false), zone: try #require(TimeZone(identifier: "America/New_York")),
            now: Self.newYear)
        #expect(ny.offsets.map(\.compact) == ["-0500", "-0400"])
        #expect(ny.warning?.contains("daylight saving") == true)
        let nyText = ny.crontab(installDir: "/opt/k")
        #expect(
            nyText.contains("\n10 2 * * 1-5 /opt/k/cron/kisdash-cron.sh --utc-offset -0500 --timeout 1800 archive\n"))
        #expect(
            nyText.contains("\n10 3 * * 1-5 /opt/k/cron/kisdash-cron.sh --utc-offset -0400 --timeout 1800 archive\n"))
        #expect(nyText.hasPrefix(CrontabBlock.begin) && nyText.hasSuffix(CrontabBlock.end + "\n"))
    }

    @Test func cronFieldsFoldIntoRangesAndSteps() {
        #expect(ZonedCrontab.field([5, 15, 25, 35]) == "5-35/10")
        #expect(ZonedCrontab.field([0, 30]) == "0,30")
        #expect(ZonedCrontab.field([0, 1, 2, 4, 6, 7]) == "0-2,4,6-7")
        #expect(ZonedCrontab.field([23]) == "23")
    }

    /// Every minute of a Thursday, which jobs fire: the seed's windows, and the light job never on a refresh minute.
    @Test func theJobsFireInTheirWindows() {
        let schedule = CronSchedule(nxt: false)
        let day = TradeDate(year: 2025, month: 12, day: 4)!
        var fired: [String: [String]] = [:]
        var instant = day.at(KSTTime(secondOfDay: 0)).addingTimeInterval(-60)
        while let next = schedule.jobs.compactMap({ schedule.nextRun(of: $0, after: instant) { _ in true } }).min(),
            TradeDate(next) == day
        {
            for job in schedule.jobs
            where schedule.nextRun(of: job, after: instant, isTradingDay: { _ in true }) == next {
                fired[job.arguments.joined(separator: " "), default: []].append(
                    String(KST.timeOfDay(next).colonSeparated.prefix(5)))
            }
            instant = next
        }
        #expect(fired["run"]?.first == "08:55" && fired["run"]?.last == "15:35" && fired["run"]?.count == 41)
        #expect(fired["sync"]?.first == "08:30" && fired["sync"]?.last == "16:00" && fired["sync"]?.count == 16)
        #expect(fired["run --light"]?.first == "09:00" && fired["run --light"]?.last == "15:30")
        #expect(Set(fired["run --light"] ?? []).isDisjoint(with: fired["run"] ?? []))
        #expect(fired["archive"] == ["16:10"])
    }

    @Test func nextRunSkipsWeekendsAndHolidays() {
        let schedule = CronSchedule(nxt: false)
        let refresh = schedule.jobs[1]
        let friday = TradeDate(year: 2025, month: 12, day: 5)!
        let monday = friday.adding(days: 3)
        let next = schedule.nextRun(of: refresh, after: friday.at(KSTTime(hour: 15, minute: 40)!)) { $0 != monday }
        #expect(next == monday.adding(days: 1).at(KSTTime(hour: 8, minute: 55)!))
    }

    @Test func theLightJobNeverTakesTheDashboardsMinutes() {
        for nxt in [false, true] {
            let schedule = CronSchedule(nxt: nxt)
            let light = Set(schedule.kstMinutes(of: schedule.jobs[2]))
            #expect(light.isDisjoint(with: schedule.kstMinutes(of: schedule.jobs[1])))
            #expect(light.min() == (nxt ? 8 * 60 : 9 * 60) && light.max() == (nxt ? 20 * 60 : 15 * 60 + 30))
        }
    }
}
