internal import CLibPQ
import Logging

/// Receives libpq's notices (NOTICE, WARNING …) and forwards them to a `Logger` instead of stderr.
///
/// libpq calls the processor synchronously from inside `PQexec*` on the connection's thread, with the context
/// pointer registered in ``install(on:)``. The owning ``PGConnection`` keeps this object alive for as long as
/// the `PGconn` exists, so the unretained pointer stays valid.
final class NoticeSink {
    let logger: Logger

    init(logger: Logger) {
        self.logger = logger
    }

    /// Registers this sink as `conn`'s notice processor.
    func install(on conn: OpaquePointer) {
        let context = Unmanaged.passUnretained(self).toOpaque()
        PQsetNoticeProcessor(
            conn,
            { context, message in
                guard let context, let message else { return }
                let sink = Unmanaged<NoticeSink>.fromOpaque(context).takeUnretainedValue()
                sink.forward(String(cString: message))
            }, context)
    }

    private func forward(_ text: String) {
        let line = text.trimmingSpacesAndNewlines()
        if line.hasPrefix("WARNING") {
            logger.warning("\(line)", metadata: ["source": "postgres"])
        } else {
            logger.debug("\(line)", metadata: ["source": "postgres"])
        }
    }
}

extension String {
    fileprivate func trimmingSpacesAndNewlines() -> String {
        var s = Substring(self)
        while let last = s.last, last.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}
