import Foundation
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
}
