package import Foundation

/// How ``RunOwner`` looks at this machine's processes: `/proc` in production, fakes in tests.
package struct ProcessProbe: Sendable {
    /// This machine's host name.
    package var host: @Sendable () -> String
    /// The id of the current boot, if the kernel tells it.
    package var bootID: @Sendable () -> String?
    /// The start time (clock ticks since boot) of a live process with this pid, or `nil` when there is none (a
    /// zombie counts as none: it has exited).
    package var startTime: @Sendable (Int32) -> Int64?

    /// Creates a probe.
    package init(
        host: @escaping @Sendable () -> String, bootID: @escaping @Sendable () -> String?,
        startTime: @escaping @Sendable (Int32) -> Int64?
    ) {
        self.host = host
        self.bootID = bootID
        self.startTime = startTime
    }

    /// Linux's `/proc` and `gethostname(2)`.
    package static let live = ProcessProbe(
        host: {
            var buffer = [CChar](repeating: 0, count: 256)
            guard gethostname(&buffer, buffer.count - 1) == 0 else { return "unknown-host" }
            return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        },
        bootID: {
            (try? String(contentsOfFile: "/proc/sys/kernel/random/boot_id", encoding: .utf8))
                .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        },
        startTime: { pid in
            (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)).flatMap(startTime(inStat:))
        })

    /// The start time in a `/proc/<pid>/stat` line, or `nil` for a zombie or an unreadable line.
    ///
    /// The command name (field 2) is in parentheses and may itself hold spaces and parentheses, so the fields are
    /// counted from the last `)`: state is field 3, the start time field 22.
    package static func startTime(inStat line: String) -> Int64? {
        guard let close = line.lastIndex(of: ")") else { return nil }
        let fields = line[line.index(after: close)...].split(separator: " ")
        guard fields.count > 19, fields[0] != "Z", fields[0] != "X" else { return nil }
        return Int64(fields[19])
    }
}
