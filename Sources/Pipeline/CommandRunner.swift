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
///
/// The limit is kept on the caller's clock (a test clock makes it exact), and cancelling the calling task stops
/// the child (SIGTERM) instead of leaving it running.
package enum CommandRunner {
    /// How long a timed-out command has between SIGTERM and SIGKILL.
    static let killGrace = Duration.seconds(2)

    /// Runs `arguments[0]` (looked up in `PATH`) with the rest as its arguments.
    /// - Parameters:
    ///   - arguments: The command and its arguments (no shell).
    ///   - input: Text for standard input, if any.
    ///   - timeout: Terminated (SIGTERM) after this long.
    ///   - environment: The command's whole environment, or `nil` to inherit ours.
    ///   - clock: The clock the time limit runs on.
    /// - Returns: Its status and output.
    /// - Throws: ``PipelineError`` `.command` if it cannot be started; `CancellationError` when the calling task
    ///   was cancelled (the child has been sent SIGTERM).
    package static func run(
        _ arguments: [String], input: String? = nil, timeout: Duration, environment: [String: String]? = nil,
        clock: any Clock<Duration> = ContinuousClock()
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
        let (exits, exited) = AsyncStream<Int32>.makeStream()
        process.terminationHandler = {
            exited.yield($0.terminationStatus)
            exited.finish()
        }
        do {
            try process.run()
        } catch {
            process.terminationHandler = nil
            throw PipelineError(.command, "cannot start \(arguments.first ?? "?"): \(error.localizedDescription)")
        }
        let status = await withTaskCancellationHandler {
            await withTaskGroup(of: Int32?.self) { group in
                group.addTask { await exits.first { _ in true } ?? -1 }
                group.addTask {
                    try? await clock.sleep(for: timeout)
                    return nil
                }
                var status: Int32 = -1
                for await result in group {
                    guard let result else {
                        if !Task.isCancelled, box.terminateIfRunning(timedOut: true) {
                            group.addTask {
                                // SIGTERM may be ignored (a child inherits `kisdash run`'s SIG_IGN): then SIGKILL.
                                try? await clock.sleep(for: killGrace)
                                box.kill()
                                return nil
                            }
                        }
                        continue
                    }
                    status = result
                    group.cancelAll()
                }
                return status
            }
        } onCancel: {
            box.terminateIfRunning(timedOut: false)
            box.kill()
        }
        try Task.checkCancellation()
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

    /// Sends SIGTERM if the process still runs; returns whether it did.
    @discardableResult
    func terminateIfRunning(timedOut: Bool) -> Bool {
        guard process.isRunning else { return false }
        if timedOut { self.timedOut.withLock { $0 = true } }
        process.terminate()
        return true
    }

    /// Sends SIGKILL if the process still runs (it cannot be ignored).
    func kill() {
        guard process.isRunning else { return }
        _ = Glibc.kill(process.processIdentifier, SIGKILL)
    }
}
