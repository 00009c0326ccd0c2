import Foundation
import KISDashTestSupport
import Testing

@testable import Pipeline

@Suite struct CommandRunnerTests {
    @Test func aCommandThatIgnoresItsInputIsNotACrash() async throws {
        // More than a pipe buffer, to a command that exits at once without reading: the write hits EPIPE.
        let input = String(repeating: "실패 요약 ", count: 40_000)
        let result = try await CommandRunner.run(["sh", "-c", "exit 3"], input: input, timeout: .seconds(10))
        #expect(result.status == 3)
        #expect(!result.timedOut)
    }

    @Test func aCommandThatReadsItsInputGetsAllOfIt() async throws {
        let result = try await CommandRunner.run(["wc", "-c"], input: "hello", timeout: .seconds(10))
        #expect(result.status == 0)
        #expect(result.output == "5")
    }

    @Test func theTimeLimitRunsOnTheInjectedClock() async throws {
        let clock = TestClock()
        let started = ContinuousClock.now
        let result = try await CommandRunner.run(["sleep", "30"], timeout: .seconds(600), clock: clock)
        #expect(result.timedOut && (result.status == SIGTERM || result.status == SIGKILL))
        #expect(clock.sleeps.first == .seconds(600), "the limit was waited on the test clock")
        #expect(ContinuousClock.now - started < .seconds(25), "the child was stopped, not waited for")
    }

    @Test func cancellingTheCallerStopsTheChild() async throws {
        try await withTemporaryDirectory { dir in
            let pidFile = dir.appendingPathComponent("pid")
            let run = Task {
                try await CommandRunner.run(
                    ["sh", "-c", "echo $$ > \(pidFile.path); exec sleep 30"], timeout: .seconds(600))
            }
            var pid: Int32 = 0
            for _ in 0..<500 where pid == 0 {
                pid =
                    Int32(
                        (try? String(contentsOf: pidFile, encoding: .utf8))?.trimmingCharacters(
                            in: .whitespacesAndNewlines) ?? "") ?? 0
                if pid == 0 { try await Task.sleep(for: .milliseconds(20)) }
            }
            try #require(pid > 0, "the child never started")
            run.cancel()
            await #expect(throws: CancellationError.self) { _ = try await run.value }
            var alive = true
            for _ in 0..<500 where alive {
                alive = kill(pid, 0) == 0
                if alive { try await Task.sleep(for: .milliseconds(20)) }
            }
            #expect(!alive, "the child outlived its cancelled caller")
        }
    }
}
