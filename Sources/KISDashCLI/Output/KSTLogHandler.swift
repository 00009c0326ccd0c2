import Foundation
import Logging
import PortfolioModel

/// Log lines on stderr in one time format whatever the machine's zone: `2025-12-04 10:30:00 KST warning
/// kisdash.pipeline: …` (the cron wrapper's log and `status` speak KST too).
struct KSTLogHandler: LogHandler {
    let label: String
    var logLevel: Logger.Level = .info
    var metadata: Logger.Metadata = [:]

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let extra = metadata.merging(event.metadata ?? [:]) { $1 }
        let fields =
            extra.isEmpty
            ? "" : " " + extra.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        let line = "\(KST.format(Date())) KST \(event.level) \(label): \(event.message)\(fields)\n"
        try? FileHandle.standardError.write(contentsOf: Data(line.utf8))
    }
}
