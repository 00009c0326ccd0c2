import ArgumentParser
import Foundation
import KISAPI
import PortfolioModel
import Settings

/// `kisdash config`: the settings file.
struct ConfigCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config", abstract: "Check the settings file.", subcommands: [Check.self])

    /// `kisdash config check`.
    struct Check: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate the settings file and the secrets it points to; print each problem naming its key.",
            discussion: """
                Checks the TOML (unknown sections and keys, types, ranges), the secrets file (it must exist and \
                be mode 0600), the KIS settings (mode, base URL, account; secrets are named, never shown), the \
                sessions, the calendar override file, local publish destinations (exist, writable) and the \
                diagnosis provider. Exit 0 when all is well, 64 otherwise.
                """)

        @Flag(help: "Print the result as JSON (schema in docs/json.md).") var json = false
        @OptionGroup(title: "KIS account") var kis: KISOptions

        func run() async throws {
            let environment = ProcessInfo.processInfo.environment
            let path = kis.settings.resolvedPath(environment: environment)
            var settings = AppSettings()
            var problems: [String] = []
            if let path {
                do { settings = try AppSettings.load(path: path) } catch let error as SettingsError {
                    problems = error.all
                } catch { problems = ["\(path): \(error)"] }
            }
            var notes: [String] = []
            if problems.isEmpty {
                problems = settings.problems(environment: environment)
                do {
                    if try kis.load(settings: settings, environment: environment).mode == .paper {
                        notes.append(
                            "paper mode: KIS has no holiday calendar for paper; weekends and the override file decide")
                    }
                } catch let error as CLIError {
                    if !problems.contains(where: { $0.hasPrefix("[kis] secrets_file") }) {
                        problems.append(
                            "[kis] " + error.description.replacingOccurrences(of: "configuration error: ", with: ""))
                    }
                }
            }
            let source =
                path ?? "no settings file (looked at --config, $KISDASH_CONFIG, ./kisdash.toml): built-in defaults"
            if json {
                JSONDocument.print(
                    "config check",
                    [
                        "ok": .bool(problems.isEmpty), "source": .optional(path),
                        "problems": .array(problems.map(JSONValue.string)),
                        "notes": .array(notes.map(JSONValue.string)),
                    ])
                if !problems.isEmpty { throw ExitCode(64) }
                return
            }
            guard problems.isEmpty else {
                let lines =
                    problems.map { "kisdash: config: \($0)\n" }.joined()
                    + "kisdash: error: \(problems.count) problem\(problems.count == 1 ? "" : "s") in \(path ?? "the settings")\n"
                try? FileHandle.standardError.write(contentsOf: Data(lines.utf8))
                throw ExitCode(64)
            }
            print("config ok: \(source)" + notes.map { " — \($0)" }.joined())
        }
    }
}
