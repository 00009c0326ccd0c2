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
        let result = try await CommandRunner.run(["sleep", "120"], timeout: .seconds(600), clock: clock)
        #expect(result.timedOut && (result.status == SIGTERM || result.status == SIGKILL))
        #expect(clock.sleeps.first == .seconds(600), "the limit was waited on the test clock")
        // Far under the child's two minutes: a full test run on two cores has held this test's tasks for 32 s.
        #expect(ContinuousClock.now - started < .seconds(100), "the child was stopped, not waited for")
    }

    @Test func cancellingTheCallerStopsTheChild() async throws {
        try await withTemporaryDirectory { dir in
            let lifeline = try Lifeline(at: dir.appendingPathComponent("lifeline"))
            // The shell opens the lifeline as fd 3, which `exec sleep` keeps: the child's pid arrives on it once
            // it runs, and its end of file once the child has died.
            let run = Task {
                try await CommandRunner.run(
                    ["sh", "-c", "exec 3>\(lifeline.path); echo $$ >&3; exec sleep 600"], timeout: .seconds(600))
            }
            let started = try await lifeline.read()
            let pid = Int32(String(decoding: started, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
            try #require(pid ?? 0 > 0, "the child never started")
            run.cancel()
            await #expect(throws: CancellationError.self) { _ = try await run.value }
            let rest = try? await lifeline.read(within: 30)
            #expect(rest == [], "the child outlived its cancelled caller")
            if rest != [], let pid { kill(pid, SIGKILL) }
        }
    }
}
