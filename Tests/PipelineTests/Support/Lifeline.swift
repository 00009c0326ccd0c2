import Foundation
import KISDashTestSupport

/// A named pipe that a child process holds open for writing for its whole life.
///
/// What the child writes arrives here, and the end of file arrives when its last writer (the child) has died.
/// Both are events, read without polling.
final class Lifeline: Sendable {
    let path: String
    private let descriptor: Int32

    /// Makes the pipe at `url` and opens its reading end (without waiting for a writer).
    init(at url: URL) throws {
        path = url.path
        guard mkfifo(path, 0o600) == 0 else { throw POSIXError(.init(rawValue: errno) ?? .EIO) }
        descriptor = open(path, O_RDONLY | O_NONBLOCK)
        guard descriptor >= 0 else { throw POSIXError(.init(rawValue: errno) ?? .EIO) }
    }

    deinit { close(descriptor) }

    /// Waits (on a dispatch thread, at most `seconds`) until the child writes or dies.
    /// - Returns: The bytes written, or an empty array at the end of file (every writer has closed).
    /// - Throws: ``WaitTimeout`` when neither happens in time.
    func read(within seconds: Int32 = 60) async throws -> [UInt8] {
        let descriptor = self.descriptor
        let bytes = try await offCooperativePool { () -> [UInt8]? in
            // Before any writer has opened the pipe, Linux reports no hang-up, so this waits for the child to start.
            var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            guard poll(&request, 1, seconds * 1000) == 1 else { return nil }
            var buffer = [UInt8](repeating: 0, count: 256)
            let count = Foundation.read(descriptor, &buffer, buffer.count)
            return count >= 0 ? Array(buffer.prefix(count)) : nil
        }
        guard let bytes else { throw WaitTimeout(what: "the child on \(path)", bound: .seconds(seconds)) }
        return bytes
    }
}
