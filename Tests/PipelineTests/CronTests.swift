import ArgumentParser
import Foundation
import Pipeline
import PortfolioModel
import Testing

@testable import KISDashCLI

@Suite struct CronTests {
    @Test func theCommittedCrontabIsWhatCronPrintPrints() throws {
        let committed = try String(
            contentsOf: Folders.packageRoot.appendingPathComponent("cron/crontab"), encoding: .utf8)
        #expect(CronSchedule(nxt: false).crontab(installDir: "/opt/kisdash") == committed)
        _ = try KISDash.parseAsRoot(["cron", "print", "--install-dir", "/opt/kisdash"])
    }

    @Test func theCrontabRunsInKSTOnWeekdays() {
        let text = CronSchedule(nxt: false).crontab(installDir: "/srv/k")
        #expect(text.contains("\nCRON_TZ=Asia/Seoul\n"))
        let jobs = text.split(separator: "\n").filter { !$0.hasPrefix("#") && $0.contains("kisdash-cron.sh") }
        #expect(jobs.allSatisfy { $0.contains(" * * 1-5 /srv/k/cron/kisdash-cron.sh ") })
        #expect(jobs.contains { $0.hasSuffix("run --light") } && jobs.contains { $0.hasSuffix("archive") })
        #expect(
            CronSchedule(nxt: true).crontab(installDir: "/srv/k").contains(
                "10 20 * * 1-5 /srv/k/cron/kisdash-cron.sh archive"))
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
}
