package import Foundation
import LibPQ

/// Runs `body` with the URL of a new, empty database on the test server, and drops it afterwards.
///
/// For end-to-end tests that run the `kisdash` binary: a child process takes a URL, and cannot be given the
/// throwaway schema that ``withTestDatabase(_:)-(Database)`` uses.
/// - Throws: ``TestDatabase/NotConfigured`` if no URL is set, a ``PGError`` from setup, or `body`'s error.
package func withTestDatabaseURL<T: Sendable>(_ body: (_ url: String) async throws -> T) async throws -> T {
    guard let base = TestDatabase.url, var components = URLComponents(string: base) else {
        throw TestDatabase.NotConfigured()
    }
    let name = "kisdash_e2e_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(12).lowercased()
    components.path = "/" + name
    guard let url = components.string else { throw TestDatabase.NotConfigured() }
    let admin = Database(configuration: .init(url: base, applicationName: "kisdash-tests-admin"))
    try await admin.withConnection { conn in try conn.execute("CREATE DATABASE \(identifier: name)") }
    let result: Result<T, any Error>
    do {
        result = .success(try await body(url))
    } catch {
        result = .failure(error)
    }
    try await admin.withConnection { conn in try conn.execute("DROP DATABASE \(identifier: name) WITH (FORCE)") }
    await admin.close()
    return try result.get()
}
