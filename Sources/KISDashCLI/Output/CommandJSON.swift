import Foundation
import Pipeline
import PortfolioModel
import Storage
import Sync

/// The fields of each command's `--json` document (shapes in docs/json.md).
enum CommandJSON {
    static func stage(_ s: PipelineStageRecord) -> JSONValue {
        .object([
            "name": .string(s.name), "outcome": .string(s.outcome),
            "seconds": .seconds(Double(s.milliseconds) / 1000), "detail": .optional(s.detail),
        ])
    }

    /// `run` and `archive`.
    static func cycle(_ r: CycleReport) -> [String: JSONValue] {
        [
            "kind": .string(r.kind.rawValue), "outcome": .string(r.outcome.rawValue),
            "stages": .array(r.stages.map(stage)), "message": .optional(r.message),
            "published": .optional(r.published?.path), "seconds": .seconds(r.duration.inSeconds),
            "signal": r.interruptedBy.map { .int(Int64($0)) } ?? .null,
        ]
    }

    /// `sync` that succeeded.
    static func sync(_ r: SyncReport) -> [String: JSONValue] {
        [
            "kind": .string(r.kind.rawValue), "outcome": "success", "runId": .int(r.runID),
            "apiCalls": .optional(r.apiCalls), "holdings": .optional(r.holdings),
            "newSnapshot": .bool(r.isNewSnapshot), "rows": .object(r.rows.mapValues { .int(Int64($0)) }),
            "seconds": .seconds(r.duration.inSeconds), "error": nil,
        ]
    }

    /// `sync` that failed (the error line goes to stderr as well).
    static func syncFailure(_ e: SyncError, kind: SyncKind) -> [String: JSONValue] {
        [
            "kind": .string(kind.rawValue), "outcome": "failure", "runId": nil, "apiCalls": nil, "holdings": nil,
            "newSnapshot": nil, "rows": nil, "seconds": nil,
            "error": .object(["step": .string(e.step.rawValue), "message": .string(e.message)]),
        ]
    }

    /// One stored cycle or sync for `status`, with the liveness of a row still marked running.
    static func run(
        kind: String, startedAt: Date, endedAt: Date?, outcome: String, owner: RunOwner?, failed: [String],
        message: String?, probe: ProcessProbe
    ) -> JSONValue {
        var state = outcome
        if outcome == "running", let owner, owner.liveness(probe: probe) == .gone { state = "abandoned" }
        return .object([
            "kind": .string(kind), "startedAt": .time(startedAt), "endedAt": .time(endedAt),
            "seconds": .seconds(endedAt.map { $0.timeIntervalSince(startedAt) }), "outcome": .string(state),
            "process": owner.map { .object(["pid": .int(Int64($0.pid)), "host": .string($0.host)]) } ?? .null,
            "failed": .array(failed.map(JSONValue.string)), "message": .optional(message),
        ])
    }
}
