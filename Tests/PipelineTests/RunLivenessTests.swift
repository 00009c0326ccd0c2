import Foundation
import Pipeline
import Storage
import Testing

/// Telling a live run from a dead one: the probe, the owner's verdict, the reaper's rule and `status`'s words.
@Suite struct RunLivenessTests {
    /// A machine `box` in boot `b1` where only pid 100 (started at tick 500) runs.
    static let probe = ProcessProbe(host: { "box" }, bootID: { "b1" }, startTime: { $0 == 100 ? 500 : nil })

    @Test(arguments: [
        (RunOwner(pid: 100, host: "box", bootID: "b1", processStart: 500), RunOwner.Liveness.alive),
        (RunOwner(pid: 100, host: "box", bootID: nil, processStart: nil), .alive),
        (RunOwner(pid: 101, host: "box", bootID: "b1", processStart: 500), .gone),
        (RunOwner(pid: 100, host: "box", bootID: "b1", processStart: 499), .gone),  // the pid was reused
        (RunOwner(pid: 100, host: "box", bootID: "b0", processStart: 500), .gone),  // rebooted since
        (RunOwner(pid: 100, host: "other", bootID: "b1", processStart: 500), .unknown),
    ])
    func anOwnerIsAliveOnlyWhenItsProcessIsTheSameOne(owner: RunOwner, expected: RunOwner.Liveness) {
        #expect(owner.liveness(probe: Self.probe) == expected)
    }

    @Test func theLiveProbeSeesThisProcessAndNotAnExitedOne() throws {
        #expect(RunOwner.current().liveness() == .alive)
        let child = Process()
        child.executableURL = URL(fileURLWithPath: "/bin/true")
        try child.run()
        child.waitUntilExit()
        var gone = RunOwner.current()
        gone.pid = child.processIdentifier
        #expect(gone.liveness() == .gone)
    }

    @Test(arguments: [
        ("1234 (kisdash) S 1 1234 1234 0 -1 4194560 1 0 0 0 0 0 0 0 20 0 4 0 987654 0 0", 987_654 as Int64?),
        ("77 (a) b (c)) R 1 77 77 0 -1 0 0 0 0 0 0 0 0 0 20 0 1 0 42 0", 42),
        ("88 (dead) Z 1 88 88 0 -1 0 0 0 0 0 0 0 0 0 20 0 1 0 42 0", nil),
        ("garbage", nil),
    ])
    func theStartTimeIsField22CountedFromTheLastParenthesis(line: String, expected: Int64?) {
        #expect(ProcessProbe.startTime(inStat: line) == expected)
    }

    static func row(_ table: RunTable, _ kind: String, _ owner: RunOwner?) -> RunningRow {
        RunningRow(table: table, id: 1, kind: kind, startedAt: Date(timeIntervalSince1970: 0), owner: owner)
    }

    @Test func theReaperTakesDeadRunsAndUnderTheLockEveryCycleNotKnownAlive() {
        let dead = RunOwner(pid: 101, host: "box", bootID: "b1", processStart: 1)
        let alive = RunOwner(pid: 100, host: "box", bootID: "b1", processStart: 500)
        let elsewhere = RunOwner(pid: 100, host: "other", bootID: nil, processStart: nil)
        let cases: [(RunningRow, Bool, Bool)] = [
            (Self.row(.syncRun, "full", dead), false, true),
            (Self.row(.syncRun, "full", alive), true, false),
            (Self.row(.syncRun, "full", elsewhere), true, false),  // a standalone sync holds no cycle lock
            (Self.row(.pipelineRun, "full", elsewhere), true, true),
            (Self.row(.pipelineRun, "light", nil), true, true),  // a row from before migration 0009
            (Self.row(.pipelineRun, "full", elsewhere), false, false),
            (Self.row(.pipelineRun, "full", alive), true, false),
            (Self.row(.pipelineRun, "archive", elsewhere), true, false),  // archive takes no cycle lock
        ]
        for (row, holdsLock, expected) in cases {
            #expect(RunReaper.isAbandoned(row, holdsCycleLock: holdsLock, probe: Self.probe) == expected, "\(row)")
        }
    }
}
