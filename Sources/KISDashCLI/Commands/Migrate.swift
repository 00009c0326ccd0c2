import ArgumentParser
import LibPQ
import Storage

/// `kisdash migrate`: applies the numbered SQL migrations.
struct Migrate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Apply the database migrations (safe to run twice, and from two processes at once).",
        discussion: "Needs only the database: --database-url, [database] url in the settings file, or DATABASE_URL.")

    @OptionGroup(title: "Settings") var settings: SettingsOptions
    @OptionGroup(title: "Database") var database: DatabaseOptions

    func run() async throws {
        let context = try CommandContext.load(settings: settings, database: database)
        do {
            let db = AppEnvironment.database(url: try context.databaseURL(), label: "migrate")
            let applied = try await Migrator(database: db).migrate()
            print(
                applied.isEmpty
                    ? "migrate: schema up to date" : "migrate: applied \(applied.map(\.name).joined(separator: ", "))")
        } catch {
            throw Console.fail(error)
        }
    }
}
