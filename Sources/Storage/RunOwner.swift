package import Foundation

/// The process that owns a `sync_run` or `pipeline_run` row: enough to tell later, without writing, whether it is
/// still alive.
///
/// A pid alone is not enough: after a reboot or once pids wrap, another process has it. The boot id
/// (`/proc/sys/kernel/random/boot_id`) and the process's start time (clock ticks since boot, field 22 of
/// `/proc/<pid>/stat`) pin the one process. A row from another host cannot be checked from here.
package struct RunOwner: Sendable, Hashable {
    package var pid: Int32
    package var host: String
    package var bootID: String?
    /// Start time in clock ticks since boot.
    package var processStart: Int64?

    /// Creates an owner.
    package init(pid: Int32, host: String, bootID: String?, processStart: Int64?) {
        self.pid = pid
        self.host = host
        self.bootID = bootID
        self.processStart = processStart
    }

    /// What this machine can say about an owner.
    package enum Liveness: Sendable, Hashable {
        /// The process is running.
        case alive
        /// The process is gone (exited, killed, or the machine rebooted).
        case gone
        /// The row was written on another host.
        case unknown
    }

    /// This process.
    package static func current(probe: ProcessProbe = .live) -> RunOwner {
        let pid = getpid()
        return RunOwner(pid: pid, host: probe.host(), bootID: probe.bootID(), processStart: probe.startTime(pid))
    }

    /// Whether the owner is still running, as `probe` sees it.
    package func liveness(probe: ProcessProbe = .live) -> Liveness {
        guard host == probe.host() else { return .unknown }
        if let bootID, let current = probe.bootID(), bootID != current { return .gone }
        guard let started = probe.startTime(pid) else { return .gone }
        if let processStart, processStart != started { return .gone }
        return .alive
    }

    /// `pid 1234 on host`, for status lines (no secret in either).
    package var label: String { "pid \(pid) on \(host)" }
}

extension RunOwner {
    /// The owner stored in a row's `pid`, `host`, `boot_id` and `process_start`, or `nil` for a row from before
    /// migration 0009.
    init?(pid: Int32?, host: String?, bootID: String?, processStart: Int64?) {
        guard let pid, let host else { return nil }
        self.init(pid: pid, host: host, bootID: bootID, processStart: processStart)
    }
}
