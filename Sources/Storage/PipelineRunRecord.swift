package import Foundation
package import PortfolioModel

/// What a pipeline run did: a full or light cycle, or an end-of-day archive.
package enum PipelineKind: String, Sendable, Codable, CaseIterable {
    case full, light, archive
}

/// How a pipeline run ended (the exit codes of `kisdash run` follow these).
package enum PipelineOutcome: String, Sendable, Codable, CaseIterable {
    /// Still running (or killed before it could record its end).
    case running
    /// Every stage that ran succeeded.
    case success
    /// Nothing to do: the market is closed.
    case nothing
    /// The dashboard was published but a non-essential stage (the diagnosis, a remote destination) failed.
    case partial
    /// The cycle failed; the previous dashboard was left in place.
    case failure
    /// SIGINT or SIGTERM stopped it; it recorded its end (exit 130 or 143).
    case interrupted
    /// Left `running` by a process that is gone (SIGKILL, a crash, a reboot); marked so by a later run.
    case abandoned
}

/// One stage of a run as stored in `pipeline_run.stages`.
package struct PipelineStageRecord: Sendable, Hashable, Codable {
    /// The stage: `sync`, `diagnosis`, `render`, `publish` or `archive`.
    package var name: String
    /// `success`, `failure`, `skipped` or `interrupted`.
    package var outcome: String
    /// Wall time in milliseconds.
    package var milliseconds: Int
    /// One redacted line.
    package var detail: String?

    /// Creates a stage record.
    package init(name: String, outcome: String, milliseconds: Int, detail: String?) {
        self.name = name
        self.outcome = outcome
        self.milliseconds = milliseconds
        self.detail = detail
    }

    enum CodingKeys: String, CodingKey {
        case name, outcome, detail
        case milliseconds = "ms"
    }
}

/// One row of `pipeline_run`.
package struct PipelineRunRecord: Sendable, Hashable {
    package var id: Int64
    package var startedAt: Date
    /// `nil` while running (or for a run that was killed).
    package var endedAt: Date?
    package var account: AccountNumber
    package var mode: TradingMode
    package var kind: PipelineKind
    package var forced: Bool
    package var outcome: PipelineOutcome
    package var stages: [PipelineStageRecord]
    package var message: String?
    /// The process that wrote the row (`nil` for rows from before migration 0009).
    package var owner: RunOwner?

    /// Creates a record.
    package init(
        id: Int64, startedAt: Date, endedAt: Date?, account: AccountNumber, mode: TradingMode, kind: PipelineKind,
        forced: Bool, outcome: PipelineOutcome, stages: [PipelineStageRecord], message: String?,
        owner: RunOwner? = nil
    ) {
        self.owner = owner
        self.id = id
        self.startedAt = startedAt
        self.endedAt = endedAt
        self.account = account
        self.mode = mode
        self.kind = kind
        self.forced = forced
        self.outcome = outcome
        self.stages = stages
        self.message = message
    }
}
