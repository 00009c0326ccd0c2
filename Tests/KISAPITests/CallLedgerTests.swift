import Foundation
import KISDashTestSupport
import Testing

@testable import KISAPI

@Suite struct CallLedgerTests {
    @Test func twoProcessesShareOneWindow() async throws {
        try await withTemporaryDirectory { dir in
            let path = dir.appendingPathComponent("calls.ledger").path
            // Two handles on one file stand for two processes using the same app key.
            let first = CallLedger(path: path, limit: 3, window: 1.1)
            let second = CallLedger(path: path, limit: 3, window: 1.1)
            #expect(try first.takeSlot(now: 100.0) == nil)
            #expect(try first.takeSlot(now: 100.1) == nil)
            #expect(try second.takeSlot(now: 100.2) == nil)
            let wait = try #require(try second.takeSlot(now: 100.3))
            #expect(abs(wait - 0.8) < 0.001)  // until the call at 100.0 leaves the 1.1 s window
            #expect(try second.takeSlot(now: 101.15) == nil)
        }
    }

    @Test func ledgerFileIsPrivate() async throws {
        try await withTemporaryDirectory { dir in
            let path = dir.appendingPathComponent("state/calls.ledger").path
            _ = try CallLedger(path: path, limit: 1, window: 1.1).takeSlot(now: 1)
            let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
            #expect(mode == 0o600)
        }
    }
}
