package import Foundation
import PortfolioModel
package import Storage

/// What one `kisdash run` did: each stage with its time, and the outcome that becomes the exit code.
package struct CycleReport: Sendable {
    package var kind: PipelineKind
    package var outcome: PipelineOutcome
    package var stages: [PipelineStageRecord]
    /// Why nothing ran, or what failed (one line).
    package var message: String?
    /// The published dashboard, when one was written.
    package var published: URL?
    package var duration: Duration
    /// The signal that stopped the cycle, when ``outcome`` is `.interrupted`.
    package var interruptedBy: Int32?

    /// Creates a report.
    package init(
        kind: PipelineKind, outcome: PipelineOutcome, stages: [PipelineStageRecord] = [], message: String? = nil,
        published: URL? = nil, duration: Duration = .zero
    ) {
        self.kind = kind
        self.outcome = outcome
        self.stages = stages
        self.message = message
        self.published = published
        self.duration = duration
    }

    /// One summary line.
    ///
    /// For example `run ok (full): sync 1.21 s, render 0.08 s, publish 0.01 s — 1.30 s`.
    package var summaryLine: String {
        let word: String
        switch outcome {
        case .success: word = "ok"
        case .nothing: word = "nothing to do"
        case .partial: word = "partial"
        case .failure: word = "FAILED"
        case .running: word = "running"
        case .interrupted: word = "INTERRUPTED"
        case .abandoned: word = "abandoned"
        }
        let parts = stages.map {
            "\($0.name) \($0.outcome == "success" ? "" : $0.outcome + " ")\(Self.seconds($0.milliseconds))"
        }
        let total = duration.inMilliseconds
        return "run \(word) (\(kind.rawValue))" + (parts.isEmpty ? "" : ": " + parts.joined(separator: ", "))
            + " — \(Self.seconds(total))" + (message.map { " — \($0)" } ?? "")
    }

    static func seconds(_ ms: Int) -> String { String(format: "%.2f s", Double(ms) / 1000) }
}
