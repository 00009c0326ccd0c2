package import Foundation
import PortfolioModel
import Settings

/// Sends the finished local dashboard somewhere else; the local file is only ever read.
package protocol Publisher: Sendable {
    /// Where it publishes to, for messages.
    var destination: String { get }
    /// Publishes `item` (a file, or a folder's contents) into the destination, or into `subfolder` of it.
    /// - Returns: One line saying what was done.
    /// - Throws: ``PipelineError`` `.destination` after the last retry.
    func publish(_ item: URL, into subfolder: String?) async throws -> String
}

/// Publishes to one `[publish] destinations` entry: rsync `--delay-updates` to `user@host:path`, or an atomic copy
/// into a local folder, so a viewer never sees a partial file.
///
/// rsync writes into a temporary `.~tmp~` folder and renames at the end. A single file to a local folder is copied
/// to a temporary name in that folder and renamed (the same guarantee without a process). Failures are retried with doubling
/// back-off. A local folder that is missing or not writable fails at once with a clear message (retrying would
/// not help, and rsync would otherwise create a missing folder silently).
package struct DestinationPublisher: Publisher {
    package var destination: String
    package var rsync: String
    package var retries: Int
    package var firstDelay: Duration
    package var timeout: Duration
    /// The clock the waits between attempts run on (a test clock makes them exact and instant).
    package var clock: any Clock<Duration>

    /// Creates a publisher.
    package init(
        destination: String, rsync: String = "rsync", retries: Int = 3, firstDelay: Duration = .seconds(2),
        timeout: Duration = .seconds(120), clock: any Clock<Duration> = ContinuousClock()
    ) {
        self.destination = destination
        self.rsync = rsync
        self.retries = retries
        self.firstDelay = firstDelay
        self.timeout = timeout
        self.clock = clock
    }

    package func publish(_ item: URL, into subfolder: String? = nil) async throws -> String {
        if !destination.isRemoteDestination { try checkLocalFolder() }
        let seconds = max(1, Int(timeout.components.seconds))
        var target = destination.hasSuffix("/") ? destination : destination + "/"
        if let subfolder { target += subfolder + "/" }
        var isDirectory: ObjCBool = false
        let isFolder =
            FileManager.default.fileExists(atPath: item.path, isDirectory: &isDirectory) && isDirectory.boolValue
        let source = isFolder ? item.path + "/" : item.path
        let arguments =
            [rsync, "--times", "--delay-updates", "--timeout=\(seconds)"]
            + (isFolder ? ["--recursive", "--exclude=intraday/"] : [])
            + [source, target]
        // A single file to a local folder needs no rsync process: a copy to a temporary name in that folder and a
        // rename is just as atomic for a viewer, and ~50 ms cheaper per cycle.
        let copyLocally = !isFolder && !destination.isRemoteDestination
        var last = ""
        for attempt in 0...retries {
            if attempt > 0 {
                try await clock.sleep(for: backoff.delay(afterFailures: attempt - 1, random: 0))
            }
            if copyLocally {
                do {
                    let url = URL(fileURLWithPath: target).appendingPathComponent(item.lastPathComponent)
                    try DashboardFile(url: item).copy(to: url)
                    return ok(after: attempt)
                } catch {
                    last = String(describing: error)
                    continue
                }
            }
            let result = try await CommandRunner.run(arguments, timeout: timeout + .seconds(5))
            if result.status == 0 { return ok(after: attempt) }
            last =
                result.timedOut
                ? "timed out after \(seconds) s"
                : "rsync exit \(result.status): \(Self.cause(of: result.output))"
        }
        throw PipelineError(.destination, "\(destination): failed after \(retries + 1) attempts (\(last))")
    }

    /// The wait before each retry: ``firstDelay``, doubling up to a minute, without jitter.
    ///
    /// One machine publishes, so there is no crowd to spread out. The formula is `Backoff`'s, the one KIS retries
    /// and feed reconnects use.
    private var backoff: Backoff {
        Backoff(initial: firstDelay, maximum: max(firstDelay, .seconds(60)), multiplier: 2, jitter: 0)
    }

    private func ok(after attempt: Int) -> String {
        "\(destination): ok" + (attempt > 0 ? " after \(attempt) retr\(attempt == 1 ? "y" : "ies")" : "")
    }

    private func checkLocalFolder() throws {
        switch WritableFolder.probe(URL(fileURLWithPath: destination, isDirectory: true), create: false) {
        case .success: return
        case .failure(.missing), .failure(.notAFolder):
            throw PipelineError(
                .destination,
                "\(destination): the destination folder does not exist (create it or fix [publish] destinations)")
        case .failure(let problem):
            throw PipelineError(.destination, "\(destination): the destination folder \(problem)")
        }
    }

    /// rsync's first line says why (`rsync: [sender] change_dir "/x" failed: No such file…`); its last line is
    /// only the summary (`rsync error: some files/attrs were not transferred (code 23)…`).
    static func cause(of output: String) -> String {
        let lines = output.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return lines.first { $0.hasPrefix("rsync:") || $0.hasPrefix("ssh:") } ?? lines.first ?? "no output"
    }
}
