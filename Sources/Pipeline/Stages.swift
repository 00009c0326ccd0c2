package import Foundation
package import Storage

/// The sync stage of a cycle: the full sync, or the light one (prices and minute bars).
///
/// `Sync.SyncEngine` conforms (see `SyncEngine+Stage.swift`).
package protocol SyncStage: Sendable {
    /// Runs one sync of `kind`.
    /// - Returns: The one-line summary.
    /// - Throws: The sync's error; the cycle then still renders (the dashboard shows its data as stale).
    func sync(kind: SyncKind) async throws -> String
}

/// The AI diagnosis stage (issue 5): computes and stores the diagnosis the renderer draws.
///
/// Optional and non-essential: a failure makes the cycle `partial`, never blocks the dashboard.
package protocol DiagnosisStage: Sendable {
    /// Computes and stores the diagnosis as of `now`.
    /// - Returns: One line (source, e.g. "offline rules" or the model, and whether it was cached).
    func diagnose(at now: Date) async throws -> String
}

/// The render stage (issue 3): draws the dashboard from the database into a PDF file.
package protocol RenderStage: Sendable {
    /// Writes the complete dashboard PDF to `destination`, a temporary path in the output folder.
    ///
    /// The pipeline checks the file and renames it into place; on any throw the previous dashboard stays.
    /// - Returns: One line (pages, size).
    func render(to destination: URL, at now: Date) async throws -> String
}

/// The stages a cycle runs; `nil` stages are not part of this build or not configured.
package struct Stages: Sendable {
    package var sync: any SyncStage
    package var diagnosis: (any DiagnosisStage)?
    package var render: (any RenderStage)?
    package var publishers: [any Publisher]

    /// Creates the set.
    package init(
        sync: any SyncStage, diagnosis: (any DiagnosisStage)? = nil, render: (any RenderStage)?,
        publishers: [any Publisher] = []
    ) {
        self.sync = sync
        self.diagnosis = diagnosis
        self.render = render
        self.publishers = publishers
    }
}
