import ArgumentParser
import LibPQ
import Storage

/// `kisdash migrate`: applies the numbered SQL migrations.
struct Migrate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Apply the database migrations (safe to run twice, and from two processes at once).")

    @OptionGroup(title: "Database") var database: DatabaseOptions

    func run() async throws {
        do {
            let db = AppEnvironment.database(url: try database.resolvedURL(), label: "migrate")
            let applied = try await Migrator(database: db).migrate()
            print(
                applied.isEmpty
                    ? "migrate: schema up to date" : "migrate: applied \(applied.map(\.name).joined(separator: ", "))")
        } catch {
            throw Diagnostics.fail(error, hint: "is the database running? (make db-url)")
        }
    }
}
