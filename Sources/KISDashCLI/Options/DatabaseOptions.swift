import ArgumentParser
import Foundation

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
    func resolvedURL(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> String {
        if let url = databaseURL ?? environment["DATABASE_URL"], !url.isEmpty { return url }
        throw CLIError.configuration(
            "no database: set DATABASE_URL or pass --database-url (for the local cluster: export DATABASE_URL=$(make -s db-url))"
        )
    }
}
