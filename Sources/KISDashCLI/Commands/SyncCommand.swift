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

    @Flag(help: "Print the result as JSON (schema in docs/json.md) instead of the summary line.")
    var json = false

    @OptionGroup(title: "KIS account") var kis: KISOptions
    @OptionGroup(title: "Database") var database: DatabaseOptions
    @OptionGroup(title: "Clock") var clock: ClockOptions

    func run() async throws {
        let env = try await PipelineEnvironment.make(kis: kis, database: database, clock: clock, label: "sync")
        let (configuration, db, now) = (env.configuration, env.database, env.now)
        Console.progress(
            "sync \(configuration.mode.koreanLabel) account \(configuration.account) via \(configuration.baseURL.host ?? "?")"
        )
        let engine = AppEnvironment.syncEngine(configuration, database: db, verbose: kis.verbose, now: now) {
            Console.progress($0)
        }
        do {
            let report = try await engine.run(kind: light ? .light : .full)
            if json { JSONDocument.print("sync", CommandJSON.sync(report)) } else { print(report.summaryLine) }
        } catch let error as SyncError {
            if json { JSONDocument.print("sync", CommandJSON.syncFailure(error, kind: light ? .light : .full)) }
            throw Console.fail(error, hint: Console.hint(for: error) ?? "nothing was written")
        } catch {
            throw Console.fail(error)
        }
    }
}
