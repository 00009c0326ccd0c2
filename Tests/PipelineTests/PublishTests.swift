import Foundation
import KISDashTestSupport
import Pipeline
import PortfolioModel
import Testing

@Suite struct PublishTests {
    @Test func installReplacesTheDashboardAtomicallyAndRefusesAPartialFile() async throws {
        try await withTemporaryDirectory { dir in
            let file = DashboardFile(url: dir.appendingPathComponent("Kis_Dashboard.pdf"))
            let first = TestRenderer.pdf(text: "first")
            let temp = file.temporaryURL()
            #expect(temp.deletingLastPathComponent() == dir && temp.lastPathComponent.hasPrefix("."))
            try first.write(to: temp)
            #expect(try file.install(temp) == first.count)
            let partial = file.temporaryURL()
            try TestRenderer.pdf(text: "second").prefix(100).write(to: partial)
            #expect(throws: PipelineError.self) { try file.install(partial) }
            #expect(try Data(contentsOf: file.url) == first)
            #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["Kis_Dashboard.pdf"])
        }
    }

    @Test func aReadOnlyOutputFolderIsAClearError() async throws {
        try await withTemporaryDirectory { dir in
            let folder = dir.appendingPathComponent("Realtime")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let file = DashboardFile(url: folder.appendingPathComponent("Kis_Dashboard.pdf"))
            try TestRenderer.pdf(text: "previous").write(to: file.url)
            try Folders.makeReadOnly(folder)
            defer { Folders.makeWritable(folder) }
            let error = #expect(throws: PipelineError.self) { try file.prepareFolder() }
            #expect(error?.message.contains("is not writable; the previous dashboard was kept") == true)
            #expect(try Data(contentsOf: file.url) == TestRenderer.pdf(text: "previous"))
        }
    }

    @Test func rsyncToALocalFolderDeliversTheWholeFile() async throws {
        try await withTemporaryDirectory { dir in
            let (source, drive) = try Self.sourceAndDrive(in: dir)
            let line = try await DestinationPublisher(destination: drive.path).publish(source, into: nil)
            #expect(line.hasSuffix(": ok"))
            #expect(try Data(contentsOf: drive.appendingPathComponent("Kis_Dashboard.pdf")) == Data(contentsOf: source))
            #expect(try FileManager.default.contentsOfDirectory(atPath: drive.path) == ["Kis_Dashboard.pdf"])
        }
    }

    @Test func aMissingDestinationIsAClearErrorAndTheLocalCopyIsUntouched() async throws {
        try await withTemporaryDirectory { dir in
            let source = dir.appendingPathComponent("Kis_Dashboard.pdf")
            try TestRenderer.pdf(text: "x").write(to: source)
            let missing = dir.appendingPathComponent("no-such-drive").path
            let error = await #expect(throws: PipelineError.self) {
                try await DestinationPublisher(destination: missing, retries: 0).publish(source, into: nil)
            }
            #expect(
                error?.message
                    == "\(missing): the destination folder does not exist (create it or fix [publish] destinations)")
            #expect(try Data(contentsOf: source) == TestRenderer.pdf(text: "x"))
        }
    }

    @Test func aReadOnlyDestinationFailsAfterItsRetriesAndTheLocalCopyIsUntouched() async throws {
        try await withTemporaryDirectory { dir in
            let (source, drive) = try Self.sourceAndDrive(in: dir)
            try Folders.makeReadOnly(drive)
            defer { Folders.makeWritable(drive) }
            let publisher = DestinationPublisher(
                destination: drive.path, retries: 2, firstDelay: .milliseconds(10), clock: TestClock())
            let error = await #expect(throws: PipelineError.self) { try await publisher.publish(source, into: nil) }
            let message = error?.message ?? ""
            #expect(message.contains("not writable") || message.contains("failed after 3 attempts"), "\(message)")
            #expect(try Data(contentsOf: source) == TestRenderer.pdf(text: "x"))
            #expect(try FileManager.default.contentsOfDirectory(atPath: drive.path).isEmpty)
        }
    }

    /// A remote destination that fails twice (a flaky network) gets there on the third attempt, with doubling
    /// back-off, through `rsync --delay-updates` (a stand-in rsync records its arguments instead of using ssh).
    @Test func failuresAreRetriedWithBackOff() async throws {
        try await withTemporaryDirectory { dir in
            let (source, _) = try Self.sourceAndDrive(in: dir)
            let counter = dir.appendingPathComponent("attempts")
            let flaky = dir.appendingPathComponent("flaky-rsync")
            try Data(
                """
                #!/bin/sh
                n=$(cat "\(counter.path)" 2>/dev/null || echo 0); n=$((n + 1)); echo $n > "\(counter.path)"
                [ "$n" -ge 3 ] || { echo "ssh: connect to host nas: Connection reset" >&2; exit 12; }
                echo "$@" > "\(dir.path)/arguments"
                """.utf8
            ).write(to: flaky)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: flaky.path)
            let clock = TestClock()
            let publisher = DestinationPublisher(
                destination: "me@nas:/volume1/reports", rsync: flaky.path, retries: 3, firstDelay: .milliseconds(100),
                clock: clock)
            let line = try await publisher.publish(source, into: nil)
            #expect(line == "me@nas:/volume1/reports: ok after 2 retries")
            #expect(clock.sleeps == [.milliseconds(100), .milliseconds(200)])
            let arguments = try String(contentsOf: dir.appendingPathComponent("arguments"), encoding: .utf8)
            #expect(arguments.contains("--delay-updates") && arguments.hasSuffix(" me@nas:/volume1/reports/\n"))
        }
    }

    @Test func aRemoteDestinationThatNeverAnswersFailsWithTheLastReason() async throws {
        try await withTemporaryDirectory { dir in
            let (source, _) = try Self.sourceAndDrive(in: dir)
            let failing = dir.appendingPathComponent("failing-rsync")
            try Data("#!/bin/sh\necho 'rsync: connection unexpectedly closed' >&2\nexit 12\n".utf8).write(to: failing)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: failing.path)
            let publisher = DestinationPublisher(
                destination: "nas:/reports", rsync: failing.path, retries: 1, firstDelay: .zero, clock: TestClock())
            let error = await #expect(throws: PipelineError.self) { try await publisher.publish(source, into: nil) }
            #expect(
                error?.message
                    == "nas:/reports: failed after 2 attempts (rsync exit 12: rsync: connection unexpectedly closed)")
            #expect(try Data(contentsOf: source) == TestRenderer.pdf(text: "x"))
        }
    }

    /// A dashboard to publish and an empty destination folder in `dir`.
    static func sourceAndDrive(in dir: URL) throws -> (URL, URL) {
        let source = dir.appendingPathComponent("Kis_Dashboard.pdf")
        try TestRenderer.pdf(text: "x").write(to: source)
        let drive = dir.appendingPathComponent("drive")
        try FileManager.default.createDirectory(at: drive, withIntermediateDirectories: true)
        return (source, drive)
    }

    @Test func intradayRetentionPrunesOnlyOldDayFolders() {
        let names = ["2025-11-20", "2025-11-27", "2025-11-28", "2025-12-04", "2025", "notes", "index.html"]
        guard let today = TradeDate(year: 2025, month: 12, day: 4) else { return }
        // 11-27 is exactly 7 days old: kept.
        #expect(IntradayRetention.expired(names, today: today, days: 7) == ["2025-11-20"])
    }
}
