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
    /// - Returns: The exit status, or -1 when the waiting task was cancelled first.
    package func exited() async -> Int32 {
        try? await endWatch().wait { $0 }
        return isRunning ? -1 : terminationStatus
    }

    /// Whether a started process has ended, as a value to wait on (``Watched/wait(for:within:until:)``).
    ///
    /// An event, not a poll: it installs a termination handler (replacing any other). Foundation marks the process
    /// as not running before it calls the handler, so a child that ended before the handler was installed is seen
    /// by the `isRunning` check that follows.
    package func endWatch() -> Watched<Bool> {
        let ended = Watched(false)
        terminationHandler = { _ in ended.update { $0 = true } }
        if !isRunning { ended.update { $0 = true } }
        return ended
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
