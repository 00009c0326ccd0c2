import Feed
import KISDashTestSupport
import Testing

/// Jittered, capped exponential back-off that never gives up, and its reset after a healthy connection.
@Suite struct ReconnectPolicyTests {
    let policy = ReconnectPolicy.standard

    @Test func sequenceDoublesFromOneSecondToTheCap() {
        let upper = (0..<9).map { policy.delay(afterFailures: $0, random: 1) }
        #expect(upper == [1, 2, 4, 8, 16, 32, 60, 60, 60].map { Duration.seconds($0) })
        let lower = (0..<9).map { policy.delay(afterFailures: $0, random: 0) }
        #expect(lower == [0.5, 1, 2, 4, 8, 16, 30, 30, 30].map { Duration.milliseconds(Int64($0 * 1000)) })
    }

    @Test(arguments: [3, 4, 10, 11, 100, 1000, Int.max])
    func continuesPastAnyNumberOfAttempts(failures: Int) {
        var generator = SeededGenerator(state: UInt64(truncatingIfNeeded: failures))
        let ceiling = min(Double(1 << min(failures, 20)), 60)
        for _ in 0..<50 {
            let delay = policy.delay(afterFailures: failures, using: &generator)
            #expect(delay >= .milliseconds(Int64(ceiling * 500)) && delay <= .seconds(Int64(ceiling)))
        }
    }

    @Test func everyDelayStaysWithinItsJitterBand() {
        var generator = SeededGenerator(state: 42)
        for failures in 0..<200 {
            let ceiling = min(Double(1 << min(failures, 20)), 60)
            let delay = policy.delay(afterFailures: failures, using: &generator)
            #expect(delay >= .milliseconds(Int64(ceiling * 500)) && delay <= .milliseconds(Int64(ceiling * 1000)))
        }
    }

    @Test func oddInputsStillGiveSaneDelays() {
        #expect(policy.delay(afterFailures: -3, random: 1) == .seconds(1))
        #expect(policy.delay(afterFailures: 2, random: .nan) == .seconds(3))
        #expect(policy.delay(afterFailures: 2, random: 7) == .seconds(4))
        let noJitter = ReconnectPolicy(jitter: 0)
        #expect(noJitter.delay(afterFailures: 1, random: 0.3) == .seconds(2))
    }

    @Test func scheduleNeverGivesUpAndResetsAfterAHealthyConnection() {
        var schedule = ReconnectSchedule()
        let failing = (0..<120).map { _ in schedule.connectionEnded(after: nil, random: 1) }
        #expect(failing.prefix(4) == [.seconds(1), .seconds(2), .seconds(4), .seconds(8)])
        #expect(failing.suffix(100).allSatisfy { $0 == .seconds(60) })
        #expect(schedule.consecutiveFailures == 120 && schedule.totalReconnects == 120)
        // Up for 30 s: not healthy, keeps backing off.
        #expect(schedule.connectionEnded(after: .seconds(30), random: 1) == .seconds(60))
        // Up for 5 minutes: healthy, starts over.
        #expect(schedule.connectionEnded(after: .seconds(300), random: 1) == .seconds(1))
        #expect(schedule.connectionEnded(after: nil, random: 1) == .seconds(2))
    }
}
