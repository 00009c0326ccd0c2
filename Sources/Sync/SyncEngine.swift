package import Foundation
package import PortfolioModel
package import Storage

/// The storage the sync writes through: the single writer of the `kis_*` tables, the run log, and the state it reads.
package struct SyncStores: Sendable {
    package var writer: AccountWriter
    package var runs: SyncRunStore
    package var state: SyncStateStore

    /// Creates the set.
    package init(writer: AccountWriter, runs: SyncRunStore, state: SyncStateStore) {
        self.writer = writer
        self.runs = runs
        self.state = state
    }
}

/// One sync of one account: fetch everything from KIS, then write it all in one transaction.
///
/// Fetching comes first and writing last, so a failure anywhere (a malformed reply, a rate limit that did not
/// clear, a dropped database) leaves the account tables exactly as they were; only the `sync_run` row records
/// the failure.
package struct SyncEngine: Sendable {
    package var source: any AccountDataSource
    package var stores: SyncStores
    package var account: AccountNumber
    package var mode: TradingMode
    package var fees = FeeSchedule()
    package var planner = SyncPlanner()
    /// Most stocks fetched at once; the client's rate limiter does the real pacing.
    package var concurrency = 4
    /// The wall clock (injected so tests and the simulator's fixed moments agree).
    package var now: @Sendable () -> Date
    /// Receives one line per step.
    package var progress: @Sendable (String) -> Void

    /// Creates an engine.
    package init(
        source: any AccountDataSource, stores: SyncStores, account: AccountNumber, mode: TradingMode,
        now: @escaping @Sendable () -> Date = { Date() }, progress: @escaping @Sendable (String) -> Void = { _ in }
    ) {
        self.source = source
        self.stores = stores
        self.account = account
        self.mode = mode
        self.now = now
        self.progress = progress
    }

    /// Runs the sync and records it in `sync_run`.
    /// - Parameter kind: `.full` (balance, orders, history, minute bars) or `.light` (quotes and minute bars of
    ///   the stocks held in the latest stored snapshot).
    /// - Returns: what was fetched and written.
    /// - Throws: ``SyncError`` naming the failed step; the run is recorded as failed first.
    package func run(kind: SyncKind = .full) async throws -> SyncReport {
        let started = ContinuousClock.now
        let startedAt = now()
        let runID: Int64
        do {
            runID = try await stores.runs.begin(account: account, mode: mode, kind: kind, startedAt: startedAt)
        } catch {
            throw SyncError(step: .write, underlying: error)
        }
        do {
            let written = kind == .full ? try await runFull(at: startedAt) : try await runLight(at: startedAt)
            let calls = await source.apiCallCount()
            try await stores.runs.finish(
                id: runID, endedAt: now(), outcome: .success, apiCalls: calls, rows: written.rows,
                errorClass: nil, message: nil)
            return SyncReport(
                runID: runID, apiCalls: calls, rows: written.rows, isNewSnapshot: written.isNewSnapshot,
                holdings: written.holdings, duration: ContinuousClock.now - started, kind: kind)
        } catch {
            let failure = error as? SyncError ?? SyncError(step: .write, underlying: error)
            let calls = await source.apiCallCount()
            // Cancelled (SIGINT/SIGTERM stopped the run): nothing was written, and it is not a failure of KIS or
            // the database. The row is recorded all the same; libpq calls do not observe cancellation.
            let interrupted = Task.isCancelled
            try? await stores.runs.finish(
                id: runID, endedAt: now(), outcome: interrupted ? .interrupted : .failure, apiCalls: calls, rows: [:],
                errorClass: failure.errorClass,
                message: interrupted
                    ? "interrupted while fetching or writing \(failure.step.rawValue)" : failure.summary)
            throw failure
        }
    }

    /// What one sync wrote.
    struct Written {
        var rows: [String: Int]
        var isNewSnapshot: Bool
        var holdings: Int
    }

    private func runFull(at startedAt: Date) async throws -> Written {
        let batch = try await fetch(at: startedAt)
        let writeStarted = ContinuousClock.now
        let result: SyncWriteResult
        do { result = try await stores.writer.write(batch) } catch {
            throw SyncError(step: .write, underlying: error)
        }
        let steps = result.steps.map { "\($0.table) \($0.duration.formattedMilliseconds)" }.joined(separator: ", ")
        progress(
            "write: one transaction, \(batch.rowCount) rows sent (\(batch.minuteBars.count) minute bars) in "
                + "\((ContinuousClock.now - writeStarted).formattedMilliseconds) (\(steps))")
        return Written(
            rows: result.rows, isNewSnapshot: result.isNewSnapshot, holdings: batch.balance.heldPositions.count)
    }
}

extension SyncBatch {
    /// Rows this batch asks the writer to store (before de-duplication against what is stored).
    var rowCount: Int {
        1 + balance.heldPositions.count + unfilled.count + orders.count + executions.count + dailyBars.count
            + minuteBars.count
    }
}

extension Duration {
    /// `12.3 ms`.
    package var formattedMilliseconds: String {
        let ms = inSeconds * 1000
        return String(format: "%.1f ms", ms)
    }
}
