import ArgumentParser
import Foundation
import KISAPI
import PortfolioModel
import Settings
import Storage
import Sync

/// `kisdash sync`: fetch the account from KIS and write it to PostgreSQL in one transaction.
struct SyncCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Fetch the account from KIS and store it (the only writer of the account tables).",
        discussion: """
            Fetches the balance (all pages), today's orders and fills, unfilled orders, two weeks of daily prices \
            per holding (a stored day is never fetched again) and today's one-minute bars (only the new ones), \
            then writes everything in one transaction. A failed sync writes nothing but its sync_run row and \
            exits 1 with one line saying what failed. Migrations are applied first.
            """)

    @Flag(help: "Light sync: only quotes and new minute bars of the held stocks (no balance, no orders).")
    var light = false

    @OptionGroup(title: "KIS account") var kis: KISOptions
    @OptionGroup(title: "Database") var database: DatabaseOptions
    @OptionGroup(title: "Clock") var clock: ClockOptions

    func run() async throws {
        let configuration: KISConfiguration
        let url: String
        let now: @Sendable () -> Date
        do {
            now = try clock.clock()
            let settings = try kis.settings.load()
            configuration = try kis.load(settings: settings)
            url = try database.resolvedURL(settings: settings.database)
        } catch { throw Diagnostics.fail(error) }
        Diagnostics.progress(
            "sync \(configuration.mode.koreanLabel) account \(configuration.account) via \(configuration.baseURL.host ?? "?")"
        )
        let db = AppEnvironment.database(url: url, label: "sync")
        do {
            try await Migrator(database: db).migrate()
        } catch { throw Diagnostics.fail(error, hint: "is the database running? (make db-url)") }
        let engine = AppEnvironment.syncEngine(configuration, database: db, verbose: kis.verbose, now: now) {
            Diagnostics.progress($0)
        }
        do {
            let report = try await engine.run(kind: light ? .light : .full)
            print(report.summaryLine)
        } catch let error as SyncError {
            throw Diagnostics.fail(error, hint: Self.hint(for: error))
        } catch {
            throw Diagnostics.fail(error)
        }
    }

    /// What the user can do about a failed sync.
    static func hint(for error: SyncError) -> String {
        switch (error.underlying as? KISError)?.code {
        case .rateLimited?: return "KIS rate limit did not clear; the next scheduled sync will retry"
        case .tokenExpired?, .tokenInvalid?, .tokenIssueTooFrequent?:
            return "KIS token problem; wait a minute and run again"
        case .invalidAppKey?, .configuration?: return "check KIS_APP_KEY / KIS_APP_SECRET / KIS_MODE"
        case .timeout?, .transport?, .serverUnavailable?:
            return "KIS unreachable or failing; nothing was written, retry later"
        case .malformedResponse?, .invalidField?: return "KIS sent a reply we cannot read; nothing was written"
        case .inconsistentReply?: return "KIS sent a reply that contradicts itself; nothing was written"
        default:
            return error.step == .write || error.step == .storedState
                ? "database problem; nothing was written" : "nothing was written"
        }
    }
}
