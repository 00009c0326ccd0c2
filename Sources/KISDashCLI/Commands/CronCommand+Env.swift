import ArgumentParser
import Settings

extension CronCommand {
    /// `kisdash cron env`: what the wrapper reads from the settings, as `KEY=value` lines.
    struct Env: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the settings cron/kisdash-cron.sh uses, as KEY=value lines (KISDASH_LOG_FILE).",
            discussion:
                "Relative paths are resolved against the current directory (the wrapper runs in the install folder).")

        @OptionGroup(title: "Settings") var settings: SettingsOptions

        func run() throws {
            let loaded: AppSettings
            do { loaded = try settings.load() } catch { throw Console.fail(error) }
            print("KISDASH_LOG_FILE=\(AppSettings.expand(loaded.schedule.logFile))")
        }
    }
}
