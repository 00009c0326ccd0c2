package import Foundation

/// Runs `body` with a new empty directory under the system's temporary directory, and removes it afterwards
/// (whether `body` returns or throws).
/// - Throws: An error from creating the directory, or `body`'s error.
package func withTemporaryDirectory<T>(_ body: (URL) async throws -> T) async throws -> T {
    let url = FileManager.default.temporaryDirectory
        .appendingPathComponent("kisdash-test-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: url) }
    return try await body(url)
}
