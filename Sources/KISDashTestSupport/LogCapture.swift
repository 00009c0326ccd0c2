package import Logging
import Synchronization

/// A swift-log handler that keeps every rendered line (message + metadata) for secret-leak checks.
package final class LogCapture: Sendable {
    /// Creates an empty capture.
    package init() {}

    private let lines = Mutex<[String]>([])

    /// Every line logged so far.
    package var text: String { lines.withLock { $0.joined(separator: "\n") } }

    /// A logger whose lines this capture keeps.
    package func logger(level: Logger.Level = .trace) -> Logger {
        var logger = Logger(label: "capture") { _ in Handler(capture: self) }
        logger.logLevel = level
        return logger
    }

    fileprivate func append(_ line: String) { lines.withLock { $0.append(line) } }

    private struct Handler: LogHandler {
        let capture: LogCapture
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .trace

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: LogEvent) {
            let all = metadata.merging(event.metadata ?? [:]) { $1 }
            capture.append(
                "\(event.level) \(event.message) \(all.map { "\($0.key)=\($0.value)" }.sorted().joined(separator: " "))"
            )
        }
    }
}
