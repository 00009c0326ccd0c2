import Foundation

/// SIGTERM and SIGINT as a stream, instead of their default action (die at once), while a body runs.
///
/// Used by the commands that must record how they stopped: `feed` (a clean stop) and `run` (the cycle is
/// recorded as interrupted and exits 128 + the signal). Outside the body the default action is back.
enum SignalWatch {
    static func during<T>(_ body: (AsyncStream<Int32>) async throws -> T) async rethrows -> T {
        signal(SIGTERM, SIG_IGN)
        signal(SIGINT, SIG_IGN)
        let (signals, continuation) = AsyncStream.makeStream(of: Int32.self)
        let sources = [SIGTERM, SIGINT].map { number in
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { continuation.yield(number) }
            source.resume()
            return source
        }
        defer {
            continuation.finish()
            sources.forEach { $0.cancel() }
            signal(SIGTERM, SIG_DFL)
            signal(SIGINT, SIG_DFL)
        }
        return try await body(signals)
    }

    /// The first signal of `signals`, or `nil` once the stream ends or the task is cancelled.
    static func first(of signals: AsyncStream<Int32>) async -> Int32? {
        for await number in signals { return number }
        return nil
    }
}
