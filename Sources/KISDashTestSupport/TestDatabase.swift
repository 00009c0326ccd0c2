import Foundation
package import LibPQ
package import Testing

/// Where database tests get their PostgreSQL, and whether they must run.
///
/// Tests run when `KISDASH_TEST_DATABASE_URL` is set. Under `CI=true` they always run, and
/// ``withTestDatabase(_:)`` fails with a clear message if the URL is missing: CI never silently skips them.
package enum TestDatabase {
    /// The environment variable that holds the test database URL.
    package static let urlVariable = "KISDASH_TEST_DATABASE_URL"

    /// The test database URL, if set and not empty.
    package static var url: String? {
        ProcessInfo.processInfo.environment[urlVariable].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// `true` when running under CI (`CI=true`), where database tests are mandatory.
    package static var isRequired: Bool {
        ProcessInfo.processInfo.environment["CI"]?.lowercased() == "true"
    }

    /// Whether database tests should run: the URL is set, or CI requires them.
    package static var isEnabled: Bool { url != nil || isRequired }

    /// Thrown when CI requires the database but no URL is configured.
    package struct NotConfigured: Error, CustomStringConvertible {
        /// Creates the error.
        package init() {}

        package var description: String {
            "CI=true but \(TestDatabase.urlVariable) is not set: database tests must run under CI"
                + " (start the cluster with scripts/pg.sh and export the URL)"
        }
    }
}

extension Trait where Self == ConditionTrait {
    /// Runs the test when a test database is configured, and always under CI (where a missing one fails).
    package static var requiresDatabase: Self {
        .enabled(if: TestDatabase.isEnabled, "set \(TestDatabase.urlVariable) to run database tests")
    }
}

/// Runs `body` with a ``Database`` whose sessions use a fresh, empty schema, and drops the schema afterwards.
///
/// The schema is `t_<random hex>` in the database named by `KISDASH_TEST_DATABASE_URL`; it is dropped with
/// `CASCADE` whether `body` returns or throws, so tests can run in parallel without seeing each other's rows.
/// - Parameter body: The test; `schema` is the schema name, for tests that open extra handles.
/// - Returns: What `body` returns.
/// - Throws: ``TestDatabase/NotConfigured`` if no URL is set, any ``PGError`` from setup, or `body`'s error.
package func withTestDatabase<T: Sendable>(
    _ body: (_ database: Database, _ schema: String) async throws -> T
) async throws -> T {
    guard let url = TestDatabase.url else { throw TestDatabase.NotConfigured() }
    let schema = "t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(16).lowercased()
    let admin = Database(configuration: .init(url: url, applicationName: "kisdash-tests-admin"))
    try await admin.withConnection { conn in try conn.execute("CREATE SCHEMA \(identifier: schema)") }
    let database = Database(
        configuration: .init(url: url, applicationName: "kisdash-tests", searchPath: schema))
    let result: Result<T, any Error>
    do {
        result = .success(try await body(database, schema))
    } catch {
        result = .failure(error)
    }
    await database.close()
    try await admin.withConnection { conn in try conn.execute("DROP SCHEMA \(identifier: schema) CASCADE") }
    await admin.close()
    return try result.get()
}

/// Runs `body` with a ``Database`` on a fresh schema; see ``withTestDatabase(_:)-(Database,String)``.
package func withTestDatabase<T: Sendable>(_ body: (_ database: Database) async throws -> T) async throws -> T {
    try await withTestDatabase { database, _ in try await body(database) }
}
