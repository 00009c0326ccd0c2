package import ArgumentParser
import Canvas
import Foundation
import Logging
import Settings

/// The `kisdash` root command.
package struct KISDash: AsyncParsableCommand {
    package static let configuration = CommandConfiguration(
        commandName: "kisdash",
        abstract: "Sync a KIS (한국투자증권) account into PostgreSQL and report on it.",
        discussion: """
            PostgreSQL is the single source of truth: `sync` is the only writer of the account tables; \
            everything else reads. Secrets come from the environment or a 0600 config file and are never printed; \
            accounts are shown masked (1234****-01).

            Exit codes: 0 success; 1 failure (one line on stderr says what failed and what to do); \
            3 nothing to do (market closed); 4 partial (published, a non-essential stage failed); \
            5 busy (another cycle is running); 64 usage or configuration error. See `kisdash run --help`.

            Shell completions: `kisdash --generate-completion-script bash|zsh|fish` (scripts/install.sh installs \
            them). `--json` on run, sync, status, doctor and config check prints documents described in docs/json.md.
            """,
        version: BuildInfo.line,
        subcommands: [
            Migrate.self, SyncCommand.self, Summary.self, Diagnose.self, Render.self, Doctor.self, RunCommand.self,
            ArchiveCommand.self, StatusCommand.self, ConfigCommand.self, CronCommand.self, RealQuickCommand.self,
            PaperQuickCommand.self, OrderCommand.self, ConfirmCommand.self, PendingCommand.self, QuoteCommand.self,
            OrdersCommand.self, PasswordCommand.self, FeedCommand.self,
        ]
    )

    package init() {}

    /// Runs the command line (what the `kisdash` executable does), so the executable needs no ArgumentParser import.
    package static func runFromCommandLine() async {
        // First, while this is the only thread: the environment Cairo reads for every PDF surface.
        PDFSurface.compressPagesOnBothCores()
        LoggingSystem.bootstrap { KSTLogHandler(label: $0) }
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let word = arguments.first, let suggestion = unknownCommand(word) {
            try? FileHandle.standardError.write(contentsOf: Data("kisdash: error: \(suggestion)\n".utf8))
            Foundation.exit(64)
        }
        await main()
    }

    /// The error for a first word that is no command (`kisdash synk` → did you mean `sync`?), or `nil`.
    static func unknownCommand(_ word: String) -> String? {
        guard !word.hasPrefix("-") else { return nil }
        let names = configuration.subcommands.compactMap { $0.configuration.commandName ?? nil } + ["help"]
        let known = configuration.subcommands.map { $0._commandName } + ["help"]
        guard !known.contains(word), !names.contains(word) else { return nil }
        let hint = Suggestion.closest(to: word, in: known).map { " — did you mean `kisdash \($0)`?" } ?? ""
        return "unknown command '\(word)'\(hint) (see `kisdash --help`)"
    }
}
