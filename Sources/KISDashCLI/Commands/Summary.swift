import ArgumentParser
import Foundation
import KISAPI
import PortfolioModel
import Storage

/// `kisdash summary`: what the database holds for the configured account.
struct Summary: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print what the database holds for the account: latest snapshot, today's activity, row counts.")

    @OptionGroup(title: "KIS account") var kis: KISOptions
    @OptionGroup(title: "Database") var database: DatabaseOptions

    func run() async throws {
        let env = try await PipelineEnvironment.make(
            kis: kis, database: database, clock: nil, label: "summary", migrate: false)
        let (configuration, db) = (env.configuration, env.database)
        do {
            let store = DashboardStore(database: db)
            let account = configuration.account, mode = configuration.mode
            guard let snap = try await store.latestSnapshot(account: account, mode: mode) else {
                print("summary: no snapshot yet for \(mode.koreanLabel) account \(account); run `kisdash sync`")
                return
            }
            let day = TradeDate(snap.confirmedAt)
            let executions = try await store.executions(account: account, mode: mode, on: day)
            let counts = try await store.tableCounts()
            let runs = try await SyncRunStore(database: db).recent(limit: 1)
            print(
                SummaryText.render(
                    snapshot: snap, account: account, mode: mode, executions: executions, counts: counts,
                    lastRun: runs.first))
        } catch { throw Console.fail(error) }
    }
}
