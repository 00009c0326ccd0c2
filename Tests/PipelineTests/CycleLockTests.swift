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
            // The holder releases only later, so a wait would never end; the bound only has to tell "at once" from
            // "never" and stay above a stalled CI host's pauses (28 s seen).
            #expect(ContinuousClock.now - started < .seconds(60), "refused at once, not after waiting for the lock")
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
            // With a timeout, pg_terminate_backend returns once the backend has exited, its locks freed.
            let terminated = try await admin.withConnection { conn in
                try conn.query("SELECT pg_terminate_backend(\(pid ?? 0), 60000)", as: Bool.self)
            }
            try #require(terminated == [true], "the holder's backend did not exit")
            let next = try h.lock()
            #expect(try await next.tryAcquire())
            await next.release()
            await admin.close()
        }
    }
}
