import Foundation
import KISDashTestSupport
import Testing

@testable import KISSimulator

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The `held` fault: the call is executed, and its reply waits for the test, or for the simulator's stop.
@Suite struct HeldReplyTests {
    /// Asks for a token (the route the tests hold) and returns the HTTP status.
    func token(_ sim: RunningSimulator) async throws -> Int {
        try await sim.requestPaperToken().status
    }

    @Test func aHeldReplyWaitsUntilTheTestReleasesIt() async throws {
        try await withSimulator { sim in
            await sim.control.setFaults(FaultPlan(rules: [FaultRule(route: "tokenP", kind: .held, calls: [1])]))
            let answered = Watched(false)
            try await withThrowingTaskGroup(of: Int.self) { group in
                group.addTask {
                    defer { answered.update { $0 = true } }
                    return try await token(sim)
                }
                // Nothing announces that a reply is held; the count is read until it shows.
                try await eventually("the token reply to be held") { sim.control.heldReplies == 1 }
                #expect(!answered.value, "a held reply went out before its release")
                sim.control.releaseHeldReplies()
                #expect(try await group.next() == 200)
            }
            #expect(sim.control.heldReplies == 0)
            #expect(try await token(sim) == 200, "only the first call fired the fault")
        }
    }

    @Test func theSimulatorStopsWithAReplyStillHeld() async throws {
        let answered = Watched<Int?>(nil)
        try await withThrowingTaskGroup(of: Void.self) { group in
            try await withSimulator { sim in
                await sim.control.setFaults(FaultPlan(rules: [FaultRule(route: "tokenP", kind: .held)]))
                group.addTask {
                    let status = try? await token(sim)
                    answered.update { $0 = status ?? -1 }
                }
                try await eventually("the token reply to be held") { sim.control.heldReplies == 1 }
            }
            try await group.waitForAll()
        }
        #expect(answered.value == 200, "the stop lets the held reply go out before the listener closes")
    }
}
