import Foundation
import KISDashTestSupport
import KISSimulator
import LibPQ
import Testing

/// Runs the built `kisdash` binary against a simulator and a database of its own (the binary always uses the
/// `public` schema, so each test gets a fresh database instead of a throwaway schema).
struct KisdashProcess {
    static let binary = Folders.packageRoot.appendingPathComponent(".build/debug/kisdash")

    let environment: [String: String]

    /// Creates `kisdash_pipe_<random>`, runs `body`, drops it.
    static func withDatabase<T>(_ body: (String) async throws -> T) async throws -> T {
        guard let admin = TestDatabase.url else { throw TestDatabase.NotConfigured() }
        let name = "kisdash_pipe_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(12).lowercased()
        let adminDB = Database(configuration: .init(url: admin, applicationName: "kisdash-tests-admin"))
        try await adminDB.withConnection { try $0.execute("CREATE DATABASE \(identifier: name)") }
        let url = admin.replacingOccurrences(of: "/kisdash_test", with: "/\(name)")
        let result: Result<T, any Error>
        do { result = .success(try await body(url)) } catch { result = .failure(error) }
        try await adminDB.withConnection { try $0.execute("DROP DATABASE \(identifier: name) WITH (FORCE)") }
        await adminDB.close()
        return try result.get()
    }

    /// The environment for the default scenario's paper account, a settings file and a non-KST machine zone.
    init(sim: RunningSimulator, databaseURL: String, settings: URL, state: URL, now: String) throws {
        let creds = try #require(sim.credentials(.paper))
        var env = ProcessInfo.processInfo.environment
        env["KIS_MODE"] = "paper"
        env["KIS_APP_KEY"] = creds.appKey
        env["KIS_APP_SECRET"] = creds.appSecret
        env["KIS_ACCOUNT"] = "\(creds.accountNumber)-\(creds.productCode)"
        env["KIS_BASE_URL"] = sim.paperBaseURL
        env["KIS_RATE_LIMIT"] = "100"
        env["KISDASH_STATE_DIR"] = state.path
        env["KISDASH_NOW"] = now
        env["DATABASE_URL"] = databaseURL
        env["KISDASH_CONFIG"] = settings.path
        env["KISDASH_TEMPLATES_DIR"] = Folders.packageRoot.appendingPathComponent("templates").path
        env["TZ"] = "America/Los_Angeles"  // nothing may depend on the machine's zone
        environment = env
    }

    private func process(_ arguments: [String]) -> Process {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        return process
    }

    /// Starts `kisdash arguments…`; the caller waits for it or kills it.
    func start(_ arguments: [String]) throws -> Process {
        let process = process(arguments)
        try process.run()
        return process
    }

    /// Runs `kisdash arguments…` to completion and returns its exit status and standard output.
    func output(_ arguments: [String]) async throws -> (status: Int32, stdout: String) {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("kisdash-out-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: file.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: file) }
        let handle = try FileHandle(forWritingTo: file)
        let process = process(arguments)
        process.standardOutput = handle
        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
            do { try process.run() } catch { continuation.resume(throwing: error) }
        }
        try handle.close()
        return (status, try String(contentsOf: file, encoding: .utf8))
    }

    /// Runs `kisdash arguments…` with `changes` to the environment (`nil` removes a variable) and returns its exit
    /// status, standard output and standard error.
    func capture(_ arguments: [String], changing changes: [String: String?] = [:]) async throws
        -> (status: Int32, stdout: String, stderr: String)
    {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kisdash-cap-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let (out, err) = (folder.appendingPathComponent("out"), folder.appendingPathComponent("err"))
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        let (outHandle, errHandle) = (try FileHandle(forWritingTo: out), try FileHandle(forWritingTo: err))
        let process = process(arguments)
        var env = environment
        for (key, value) in changes { env[key] = value }
        process.environment = env
        process.standardOutput = outHandle
        process.standardError = errHandle
        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
            do { try process.run() } catch { continuation.resume(throwing: error) }
        }
        try outHandle.close()
        try errHandle.close()
        return (status, try String(contentsOf: out, encoding: .utf8), try String(contentsOf: err, encoding: .utf8))
    }

    /// Polls `db` until `sql` counts one row: the child is another process, and its rows announce themselves to no
    /// one (at most 60 s: a loaded 2-core machine can take many seconds to start it).
    /// - Returns: Whether it did.
    static func waitFor(_ sql: PGQuery, in db: Database) async throws -> Bool {
        do {
            try await eventually("\(sql)", within: .seconds(60), poll: .milliseconds(50)) {
                try await db.withConnection({ try $0.query(sql, as: Int.self) }).first == 1
            }
            return true
        } catch is WaitTimeout {
            return false
        }
    }

    /// Runs `kisdash arguments…` to completion and returns its exit status.
    func run(_ arguments: [String]) async throws -> Int32 {
        let process = process(arguments)
        return try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
            do { try process.run() } catch { continuation.resume(throwing: error) }
        }
    }
}
