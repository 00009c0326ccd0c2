package import Foundation

/// What a child process printed and how it ended.
package struct ProcessOutput: Sendable {
    package var status: Int32
    package var stdout: String
    package var stderr: String
}

/// Runs a built executable of this package (`kisdash`) with `arguments` and exactly `environment`.
///
/// Waits without blocking a thread of the cooperative pool, so an in-process simulator keeps serving the child.
/// - Throws: `CocoaError(.fileNoSuchFile)` when the executable was not built next to the test bundle.
package func runBuiltExecutable(
    _ name: String, _ arguments: [String], environment: [String: String]
) async throws -> ProcessOutput {
    let directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    let executable = directory.appendingPathComponent(name)
    guard FileManager.default.isExecutableFile(atPath: executable.path) else { throw CocoaError(.fileNoSuchFile) }
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.environment = environment
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    let status: Int32 = try await withCheckedThrowingContinuation { continuation in
        process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
        do {
            try process.run()
        } catch {
            process.terminationHandler = nil
            continuation.resume(throwing: error)
        }
    }
    return ProcessOutput(
        status: status, stdout: String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self),
        stderr: String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self))
}

extension Process {
    /// Waits for a started process to end without blocking a thread of the cooperative pool (`waitUntilExit()`
    /// would hold one for the child's whole life, starving the other tests on a 2-core machine).
    /// - Returns: The exit status.
    package func exited() async -> Int32 {
        while isRunning { try? await Task.sleep(for: .milliseconds(20)) }
        return terminationStatus
    }
}

/// Runs CPU-heavy or blocking test work (laying out and painting a 70-page PDF, waiting for pdftotext) on a
/// dispatch thread instead of one of the cooperative pool's two, which the suite's async tests need to make
/// progress on a 2-core machine.
package func offCooperativePool<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        DispatchQueue.global(qos: .userInitiated).async {
            continuation.resume(with: Result { try body() })
        }
    }
}
