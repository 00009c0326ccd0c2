import Foundation

/// One numbered SQL migration, read from `Migrations/NNNN_name.sql` in the module's resources.
package struct Migration: Sendable, Hashable {
    /// The number from the file name; migrations apply in ascending order.
    package var version: Int
    /// The rest of the file name, for example `account_snapshots`.
    package var name: String
    /// The SQL text, run as one script inside its own transaction.
    package var sql: String

    /// Creates a migration (tests use this to simulate edited or extra files).
    package init(version: Int, name: String, sql: String) {
        self.version = version
        self.name = name
        self.sql = sql
    }

    /// The migrations bundled with this build, in version order.
    ///
    /// - Throws: ``StorageError`` `.invalidMigration` if the folder is missing, a `.sql` name does not match
    ///   `NNNN_name.sql`, or two files share a version.
    package static func bundled() throws -> [Migration] {
        guard let folder = Bundle.module.url(forResource: "Migrations", withExtension: nil) else {
            throw StorageError(code: .invalidMigration, message: "the Migrations resource folder is missing")
        }
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "sql" }
        let migrations = try files.map { url in
            let stem = url.deletingPathExtension().lastPathComponent
            let parts = stem.split(separator: "_", maxSplits: 1)
            guard parts.count == 2, parts[0].count == 4, let version = Int(parts[0]), version > 0 else {
                throw StorageError(code: .invalidMigration, message: "bad migration file name \(url.lastPathComponent)")
            }
            return Migration(
                version: version, name: String(parts[1]), sql: try String(contentsOf: url, encoding: .utf8))
        }.sorted { $0.version < $1.version }
        for (a, b) in zip(migrations, migrations.dropFirst()) where a.version == b.version {
            throw StorageError(code: .invalidMigration, message: "two migrations share version \(a.version)")
        }
        return migrations
    }
}
