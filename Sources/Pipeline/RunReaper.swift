package import Foundation
package import PortfolioModel
package import Storage

/// Marks the rows that dead runs left `running` as `abandoned`, at the start of the next cycle.
///
/// A row is abandoned when its process is gone (``RunOwner/liveness(probe:)``). A cycle row (`full`/`light`) is
/// also abandoned, whatever host wrote it, when this cycle holds the account's cycle lock and its process is not
/// known to be alive: the lock proves that no other cycle of the account is running anywhere. `kisdash status`
/// shows the same verdict without writing (``StatusReport``).
package struct RunReaper: Sendable {
    package var store: RunLivenessStore
    package var probe: ProcessProbe

    /// Creates a reaper.
    package init(store: RunLivenessStore, probe: ProcessProbe = .live) {
        self.store = store
        self.probe = probe
    }

    /// Whether `row` belongs to a run that is over.
    /// - Parameters:
    ///   - row: A row still marked `running`.
    ///   - holdsCycleLock: Whether the caller holds the account's cycle lock.
    ///   - probe: How to look at this machine's processes.
    /// - Returns: `true` to mark it abandoned.
    package static func isAbandoned(_ row: RunningRow, holdsCycleLock: Bool, probe: ProcessProbe) -> Bool {
        let liveness = row.owner?.liveness(probe: probe)
        if liveness == .gone { return true }
        return holdsCycleLock && row.table == .pipelineRun && row.kind != PipelineKind.archive.rawValue
            && liveness != .alive
    }

    /// Marks the account's dead runs abandoned, in both tables.
    /// - Parameters:
    ///   - account: The account.
    ///   - mode: Real or paper.
    ///   - holdsCycleLock: Whether the caller holds the account's cycle lock.
    ///   - at: When they are marked.
    /// - Returns: One line per row marked.
    /// - Throws: ``StorageError``.
    package func reap(account: AccountNumber, mode: TradingMode, holdsCycleLock: Bool, at: Date) async throws
        -> [String]
    {
        var lines: [String] = []
        for table in RunTable.allCases {
            for row in try await store.running(table, account: account, mode: mode)
            where Self.isAbandoned(row, holdsCycleLock: holdsCycleLock, probe: probe) {
                let who: String
                if let owner = row.owner, owner.liveness(probe: probe) == .gone {
                    who = "its process (\(owner.label)) is gone"
                } else {
                    who = "no cycle of the account holds the lock" + (row.owner.map { " (it was \($0.label))" } ?? "")
                }
                let reason = "abandoned: left running since \(KST.format(row.startedAt)) KST; \(who)"
                if try await store.abandon(row, at: at, reason: reason) {
                    lines.append("\(table.rawValue) \(row.id) \(reason)")
                }
            }
        }
        return lines
    }
}
