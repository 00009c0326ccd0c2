import ArgumentParser
import Foundation
import Settings

/// Where the database is: `--database-url`, else `DATABASE_URL`.
struct DatabaseOptions: ParsableArguments {
    @Option(
        name: .customLong("database-url"),
        help: ArgumentHelp(
            "PostgreSQL URL (default: $DATABASE_URL; `make db-url` prints the local one).",
            valueName: "url"))
    var databaseURL: String?

    /// The URL to connect to.
    /// - Throws: ``CLIError`` when neither the option nor `DATABASE_URL` is set.
    func resolvedURL(
        settings: DatabaseSection = DatabaseSection(),
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> String {
        let candidates = [databaseURL, environment[settings.urlEnv], settings.url, environment["DATABASE_URL"]]
        if let url = candidates.compactMap({ $0 }).first(where: { !$0.isEmpty }) { return url }
        throw CLIError.configuration(
            "no database: set DATABASE_URL (environment or secrets file), [database] url, or --database-url"
                + (Console.inCheckout ? " (the local cluster: export DATABASE_URL=$(make -s db-url))" : ""))
    }
}
