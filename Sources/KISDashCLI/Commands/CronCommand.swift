import ArgumentParser
import Foundation
import Pipeline
import Settings

/// `kisdash cron`: the schedule.
struct CronCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cron", abstract: "The schedule as a crontab.", subcommands: [Print.self])

    /// `kisdash cron print`.
    struct Print: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the crontab (CRON_TZ=Asia/Seoul) for this install; install it with `| crontab -`.",
            discussion: """
                Jobs (weekdays, KST): the full sync every 30 minutes 08:30–16:00; the dashboard (`run`) every \
                10 minutes 08:55–15:35; the light refresh (`run --light`) every other minute of the regular \
                session; the archive at 16:10 (20:10 when [schedule] nxt = true). Each line calls \
                <install-dir>/cron/kisdash-cron.sh, which loads the environment and logs to a rotating file. \
                Holidays are handled by kisdash itself (the jobs exit 3, nothing to do). cron/systemd/ has the \
                same schedule as systemd timers.
                """)

        @Option(
            help: ArgumentHelp(
                "Where kisdash is installed (default: [schedule] install_dir, else the current directory).",
                valueName: "path"))
        var installDir: String?

        @OptionGroup(title: "Settings") var settings: SettingsOptions

        func run() throws {
            let loaded: AppSettings
            do { loaded = try settings.load() } catch { throw Diagnostics.fail(error) }
            let dir =
                installDir ?? loaded.schedule.installDir.map { AppSettings.expand($0) }
                ?? FileManager.default.currentDirectoryPath
            print(CronSchedule(nxt: loaded.schedule.nxtEnabled).crontab(installDir: dir), terminator: "")
        }
    }
}
