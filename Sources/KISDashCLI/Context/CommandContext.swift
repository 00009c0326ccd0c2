import Foundation
import KISAPI
import LibPQ
import Settings
import Storage

/// What every command runs on, loaded the same way for all of them: the settings file, then the secrets file,
/// then the environment, then the flags — each later source overriding the earlier (flags > environment >
/// secrets file > settings file; README "Settings").
///
/// A command asks only for what it uses: `migrate` never
/// needs the KIS secrets, `config check` never needs the database.
struct CommandContext {
    var settings: AppSettings
    var environment: [String: String]
    var now: @Sendable () -> Date
    var verbose: Bool
    private var kisOptions: KISOptions?
    private var databaseOptions: DatabaseOptions

    /// Loads the settings file and the clock; a bad file or instant is a configuration error (exit 64).
    static func load(
        settings: SettingsOptions, kis: KISOptions? = nil, database: DatabaseOptions, clock: ClockOptions? = nil,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> CommandContext {
        do {
            return CommandContext(
                settings: try settings.load(environment: environment), environment: environment,
                now: try clock?.clock(environment: environment) ?? ClockOptions.clock(environment: environment),
                verbose: kis?.verbose ?? false, kisOptions: kis,
                databaseOptions: database)
        } catch { throw Console.fail(error) }
    }

    /// The same, for a command with the account options (whose settings group is inside them).
    static func load(
        kis: KISOptions, database: DatabaseOptions, clock: ClockOptions? = nil,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> CommandContext {
        try load(settings: kis.settings, kis: kis, database: database, clock: clock, environment: environment)
    }

    /// The KIS account and connection settings.
    /// - Throws: ``CLIError/configuration(_:)`` naming the missing or bad setting (never its value).
    func configuration() throws -> KISConfiguration {
        guard let kisOptions else { throw CLIError.configuration("this command has no KIS account options") }
        return try kisOptions.load(settings: settings, environment: environment)
    }

    /// The database URL: `--database-url`, the variable named by `[database] url_env` (`DATABASE_URL`), the same
    /// key in the secrets file, `[database] url`.
    func databaseURL() throws -> String {
        var environment = environment
        let key = settings.database.urlEnv
        if environment[key, default: ""].isEmpty, databaseOptions.databaseURL == nil,
            let path = kisOptions?.configFile ?? settings.kis.secretsFile.map({ AppSettings.expand($0) }),
            FileManager.default.fileExists(atPath: path)
        {
            do {
                if let url = try KISConfiguration.secretsFile(path)[key], !url.isEmpty { environment[key] = url }
            } catch let error as KISError { throw CLIError.configuration(error.message) }
        }
        return try databaseOptions.resolvedURL(settings: settings.database, environment: environment)
    }

    /// The database, with the migrations applied when `migrate` (writers) and not otherwise (readers such as
    /// `status` never change the schema).
    func database(label: String, migrate: Bool) async throws -> (database: Database, url: String) {
        let url = try databaseURL()
        let db = AppEnvironment.database(url: url, label: label)
        if migrate { try await Migrator(database: db).migrate() }
        return (db, url)
    }
}
