package import Storage
package import Sync

/// The sync engine is the cycle's sync stage.
extension SyncEngine: SyncStage {
    package func sync(kind: SyncKind) async throws -> String {
        try await run(kind: kind).summaryLine
    }
}
