import Foundation
import PortfolioModel
import Synchronization

/// What an external command did.
package struct CommandResult: Sendable, Equatable {
    /// The exit status (or the signal number for a killed command).
    package var status: Int32
    /// Standard output and error, combined, trimmed.
    package var output: String
    /// `true` if the command was terminated for running past its time limit.
    package var timedOut: Bool
}

/// Runs external commands (rsync, the failure hook) with a time limit, without blocking the cooperative pool.
package enum CommandRunner {
    /// Runs `arguments[0]` (looked up in `PATH`) with the rest as its arguments.
    /// - Parameters:
    ///   - arguments: The command and its arguments (no shell).
    ///   - input: Text for standard input, if any.
    ///   - timeout: Terminated (SIGTERM) after this long.
    ///   - environment: The command's whole environment, or `nil` to inherit ours.
    /// - Returns: Its status and output.
    /// - Throws: ``PipelineError`` `.command` if it cannot be started.
    package static func run(
        _ arguments: [String], input: String? = nil, timeout: Duration, environment: [String: String]? = nil
    ) async throws -> CommandResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        if let environment { process.environment = environment }
        // Output goes to a file, not a pipe: a pipe fills at 64 KiB and would block a chatty command forever.
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("kisdash-cmd-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: log) }
        let handle = try FileHandle(forWritingTo: log)
        process.standardOutput = handle
        process.standardError = handle
        // The input goes through a file, not a pipe: a command that exits without reading it can then neither
        // block us on a full pipe nor kill us with SIGPIPE.
        let inputFile = FileManager.default.temporaryDirectory.appendingPathComponent("kisdash-in-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: inputFile) }
        if let input {
            guard FileManager.default.createFile(atPath: inputFile.path, contents: Data(input.utf8)),
                let reader = FileHandle(forReadingAtPath: inputFile.path)
            else { throw PipelineError(.command, "cannot write the input of \(arguments.first ?? "?")") }
            process.standardInput = reader
        } else {
            process.standardInput = FileHandle.nullDevice
        }
        let box = ProcessBox(process)
        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
            do {
                try process.run()
            } catch {
                process.terminationHandler = nil
                continuation.resume(
                    throwing: PipelineError(
                        .command, "cannot start \(arguments.first ?? "?"): \(error.localizedDescription)"))
                return
            }
            let seconds = timeout.inSeconds
            DispatchQueue.global().asyncAfter(deadline: .now() + seconds) { box.terminateIfRunning() }
        }
        try? handle.close()
        let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        return CommandResult(
            status: status, output: text.trimmingCharacters(in: .whitespacesAndNewlines), timedOut: box.didTimeOut)
    }
}

/// Lets the timeout timer terminate the process from another thread.
///
/// `@unchecked Sendable` because `Process` is not marked Sendable; the only cross-thread uses are
/// `isRunning` and `terminate()`, which are safe to call from any thread (they read the pid and send a
/// signal), and the timeout flag is in a `Mutex`.
private final class ProcessBox: @unchecked Sendable {
    let process: Process
    private let timedOut = Mutex(false)

    init(_ process: Process) { self.process = process }

    var didTimeOut: Bool { timedOut.withLock { $0 } }

    func terminateIfRunning() {
        guard process.isRunning else { return }
        timedOut.withLock { $0 = true }
        process.terminate()
    }
}
