import ArgumentParser
import Foundation
import Pipeline
import PortfolioModel
import Settings

extension CronCommand {
    /// `kisdash cron units`: the schedule as systemd user timers (KST via `OnCalendar=… Asia/Seoul`).
    struct Units: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the schedule as systemd user units (a service and a timer per job) into a folder.",
            discussion: """
                The timers name Asia/Seoul, which systemd honours in any machine zone, daylight saving included. \
                scripts/install-schedule.sh --systemd writes them to ~/.config/systemd/user, enables them and \
                turns on lingering so they run without a login.
                """)

        @Option(help: ArgumentHelp("Where kisdash is installed (as for `cron print`).", valueName: "path"))
        var installDir: String?

        @Option(help: ArgumentHelp("The folder to write the units to.", valueName: "dir"))
        var output: String

        @OptionGroup(title: "Settings") var settings: SettingsOptions

        func run() throws {
            let loaded: AppSettings
            do { loaded = try settings.load() } catch { throw Console.fail(error) }
            let units = CronSchedule(nxt: loaded.schedule.nxtEnabled).systemdUnits(
                installDir: CronCommand.installDir(installDir, loaded))
            let folder = URL(fileURLWithPath: output, isDirectory: true)
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                for unit in units {
                    try AtomicFile.replace(folder.appendingPathComponent(unit.name), with: Data(unit.text.utf8))
                }
            } catch { throw Console.fail(error) }
            print(units.map(\.name).joined(separator: " "))
        }
    }
}
