import ArgumentParser
import Foundation
import Pipeline
import Settings

/// `kisdash cron`: the schedule, as a crontab block, systemd units, or the wrapper's settings.
struct CronCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cron", abstract: "The schedule: a crontab block in this machine's zone, or systemd timers.",
        subcommands: [Print.self, Units.self, Env.self])

    /// `kisdash cron print`.
    struct Print: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print kisdash's crontab block, converted from KST to this machine's zone.",
            discussion: """
                Jobs (weekdays, KST): the full sync every 30 minutes 08:30–16:00; the dashboard (`run`) every \
                10 minutes 08:55–15:35; the light refresh (`run --light`) every other minute 09:00–15:30; the \
                archive at 16:10. With [schedule] nxt = true they cover Nextrade's 08:00–20:00 (sync 07:30–20:00, \
                `run` 07:55–20:05, light 08:00–20:00, archive 20:10). Debian's cron ignores CRON_TZ, so the \
                times are printed in the machine's zone (or --zone); a zone with daylight saving gets the lines \
                once per UTC offset, and the wrapper (<install-dir>/cron/kisdash-cron.sh) runs a line only while \
                the clock has its --utc-offset. The block sits between `# BEGIN kisdash` and `# END kisdash`; \
                install it with scripts/install-schedule.sh, which keeps the rest of your crontab. Holidays are \
                handled by kisdash itself (the jobs exit 3, nothing to do).
                """)

        @Option(
            help: ArgumentHelp(
                "Where kisdash is installed (default: [schedule] install_dir, else the current directory).",
                valueName: "path"))
        var installDir: String?

        @Option(
            help: ArgumentHelp(
                "The zone to convert to, e.g. UTC or America/New_York (default: this machine's).", valueName: "tz"))
        var zone: String?

        @Option(
            help: ArgumentHelp(
                "Print this crontab (a file, or - for stdin) with kisdash's block replaced, instead of the block.",
                valueName: "file"))
        var merge: String?

        @Flag(help: "With --merge: remove kisdash's block (and an old unmarked kisdash schedule) instead.")
        var remove = false

        @OptionGroup(title: "Settings") var settings: SettingsOptions

        func validate() throws {
            if remove, merge == nil { throw ValidationError("--remove needs --merge <crontab>") }
            if let zone, TimeZone(identifier: zone) == nil { throw ValidationError("unknown time zone '\(zone)'") }
        }

        func run() throws {
            let loaded: AppSettings
            do { loaded = try settings.load() } catch { throw Console.fail(error) }
            let timeZone = zone.flatMap { TimeZone(identifier: $0) } ?? .current
            let crontab = ZonedCrontab(
                schedule: CronSchedule(nxt: loaded.schedule.nxtEnabled), zone: timeZone, name: zone, now: Date())
            let block = crontab.crontab(installDir: CronCommand.installDir(installDir, loaded))
            if let warning = crontab.warning {
                try? FileHandle.standardError.write(contentsOf: Data("kisdash: \(warning)\n".utf8))
            }
            guard let merge else { return print(block, terminator: "") }
            let existing: String
            do {
                let data =
                    merge == "-"
                    ? FileHandle.standardInput.readDataToEndOfFile() : try Data(contentsOf: URL(fileURLWithPath: merge))
                existing = String(decoding: data, as: UTF8.self)
            } catch { throw Console.fail(error) }
            print(CrontabBlock.merge(existing: existing, block: remove ? nil : block), terminator: "")
        }
    }

    /// The install folder: the option, else `[schedule] install_dir`, else the current directory.
    static func installDir(_ option: String?, _ settings: AppSettings) -> String {
        option ?? settings.schedule.installDir.map { AppSettings.expand($0) }
            ?? FileManager.default.currentDirectoryPath
    }
}
