import Foundation
package import Logging

/// An ``HTTPTransport`` decorator that logs every exchange without leaking secrets.
///
/// At `.debug` it logs method, path (never the query string), status and duration. At `.trace` it adds the
/// headers, query and bodies passed through ``Redaction``, so credentials, tokens and the account number are
/// masked even when someone turns on full tracing to debug a KIS problem.
package struct LoggingTransport: HTTPTransport {
    private let base: any HTTPTransport
    private let logger: Logger
    private let clock = ContinuousClock()

    /// Wraps `base`, logging to `logger`.
    package init(wrapping base: any HTTPTransport, logger: Logger) {
        self.base = base
        self.logger = logger
    }

    package func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        let start = clock.now
        if logger.logLevel <= .trace {
            logger.trace(
                "HTTP request",
                metadata: [
                    "method": "\(request.method.rawValue)", "path": "\(request.path)",
                    "query": "\(Redaction.query(of: request.url))", "headers": "\(Redaction.headers(request.headers))",
                    "body": "\(Redaction.body(request.body))",
                ])
        }
        do {
            let response = try await base.send(request)
            let elapsed = start.duration(to: clock.now)
            logger.debug(
                "HTTP \(request.method.rawValue) \(request.path) \(response.status)",
                metadata: [
                    "method": "\(request.method.rawValue)", "path": "\(request.path)", "status": "\(response.status)",
                    "duration_ms": "\(Self.milliseconds(elapsed))",
                ])
            if logger.logLevel <= .trace {
                logger.trace(
                    "HTTP response",
                    metadata: [
                        "path": "\(request.path)", "headers": "\(Redaction.headers(response.headers))",
                        "body": "\(Redaction.body(response.body))",
                    ])
            }
            return response
        } catch {
            let elapsed = start.duration(to: clock.now)
            logger.debug(
                "HTTP \(request.method.rawValue) \(request.path) failed",
                metadata: [
                    "method": "\(request.method.rawValue)", "path": "\(request.path)",
                    "error": "\(Self.describe(error))", "duration_ms": "\(Self.milliseconds(elapsed))",
                ])
            throw error
        }
    }

    private static func milliseconds(_ duration: Duration) -> Int64 {
        duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000
    }

    /// Our own errors are safe to print; anything else is reduced to its type name (it may embed a URL).
    private static func describe(_ error: any Error) -> String {
        if let error = error as? HTTPTransportError { return error.description }
        return String(describing: type(of: error))
    }
}
