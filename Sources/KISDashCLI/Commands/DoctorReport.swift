import Foundation

/// The doctor's findings, one line each.
struct DoctorReport {
    /// How a check came out.
    enum Level: String { case ok, warn, fail }

    private(set) var checks: [(level: Level, check: String, detail: String)] = []
    var failed: Bool { checks.contains { $0.level == .fail } }

    mutating func ok(_ check: String, _ detail: String) { checks.append((.ok, check, detail)) }
    mutating func warn(_ check: String, _ detail: String) { checks.append((.warn, check, detail)) }
    mutating func fail(_ check: String, _ detail: String) { checks.append((.fail, check, detail)) }

    /// `ok    fonts: …`, `WARN  rsync: …`, `FAIL  database: …`.
    var lines: [String] {
        checks.map { c in
            let label = c.level == .ok ? "ok" : c.level.rawValue.uppercased()
            return label.padding(toLength: 6, withPad: " ", startingAt: 0) + "\(c.check): \(c.detail)"
        }
    }

    /// The `doctor --json` fields.
    var json: [String: JSONValue] {
        [
            "ok": .bool(!failed),
            "checks": .array(
                checks.map {
                    .object([
                        "name": .string($0.check), "level": .string($0.level.rawValue), "detail": .string($0.detail),
                    ])
                }),
        ]
    }
}
