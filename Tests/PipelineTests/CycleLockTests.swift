import Foundation
import KISDashTestSupport
import LibPQ
import Storage
import Testing

@Suite(.requiresDatabase) struct CycleLockTests {
    @Test func aSecondHolderIsRefusedAtOnceUntilTheFirstReleases() async throws {
        try await withPipeline { h in
            let first = try h.lock(), second = try h.lock()
            #expect(try await first.tryAcquire())
            let started = ContinuousClock.now
            #expect(try await second.tryAcquire() == false)
            #expect(ContinuousClock.now - started < .seconds(10), "refused at once, not after waiting for the lock")
            await first.release()
            #expect(try await second.tryAcquire())
            await second.release()
        }
    }

    /// A killed process's connection dies; the server frees its session lock with it.
    @Test func theLockIsFreedWhenTheHoldersConnectionDies() async throws {
        try await withPipeline { h in
            let holderDB = try h.otherDatabase()
            let holder = CycleLock(database: holderDB, account: h.account, mode: h.mode)
            #expect(try await holder.tryAcquire())
            let pid = try await holderDB.withConnection { try $0.query("SELECT pg_backend_pid()", as: Int32.self) }
                .first
            let admin = try h.otherDatabase()
            try await admin.withConnection { conn in
                _ = try conn.query("SELECT pg_terminate_backend(\(pid ?? 0))", as: Bool.self)
            }
            let next = try h.lock()
            var acquired = false
            for _ in 0..<50 where !acquired {
                acquired = try await next.tryAcquire()
                if !acquired { try await Task.sleep(for: .milliseconds(20)) }
            }
            #expect(acquired)
            await next.release()
            await admin.close()
        }
    }
}
