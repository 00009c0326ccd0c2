import Foundation
import KISDashTestSupport
import Logging
import Testing

@testable import LibPQ

@Suite(.requiresDatabase) struct DatabaseSessionTests {
    private struct Boom: Error {}

    @Test func transactionRollsBackOnAnyThrownError() async throws {
        try await withTestDatabase { db in
            try await db.withConnection { conn in try conn.execute("CREATE TABLE t (n int)") }
            await #expect(throws: Boom.self) {
                try await db.withTransaction { conn in
                    try conn.execute("INSERT INTO t VALUES (1)")
                    throw Boom()
                }
            }
            let count = try await db.withConnection { conn in try conn.query("SELECT count(*) FROM t", as: Int.self) }
            #expect(count.first == 0)
            try await db.withTransaction { conn in try conn.execute("INSERT INTO t VALUES (1)") }
            let after = try await db.withConnection { conn in try conn.query("SELECT count(*) FROM t", as: Int.self) }
            #expect(after.first == 1)
        }
    }

    @Test func readOnlySessionRefusesWrites() async throws {
        try await withTestDatabase { db in
            try await db.withConnection { conn in try conn.execute("CREATE TABLE t (n int)") }
            let reader = db.readOnly()
            #expect(reader.configuration.readOnly)
            let error = await #expect(throws: PGError.self) {
                try await reader.withConnection { conn in try conn.execute("INSERT INTO t VALUES (1)") }
            }
            #expect(error?.code == .readOnlyTransaction)
            let readOnlyTx = await #expect(throws: PGError.self) {
                try await db.withTransaction(.readOnly) { conn in try conn.execute("INSERT INTO t VALUES (1)") }
            }
            #expect(readOnlyTx?.code == .readOnlyTransaction)
            let rows = try await reader.withConnection { conn in try conn.query("SELECT count(*) FROM t", as: Int.self)
            }
            #expect(rows.first == 0)
        }
    }

    @Test func reconnectsOnceWhenTheConnectionWasLostWhileIdle() async throws {
        try await withTestDatabase { db in
            let pid = try await db.withConnection { conn in conn.backendPID }
            let killer = db.readOnly()
            // With a timeout, pg_terminate_backend returns once the backend has exited (false if it had not).
            let terminated = try await killer.withConnection { conn in
                try conn.query("SELECT pg_terminate_backend(\(pid), 60000)", as: Bool.self)
            }
            try #require(terminated == [true], "the idle backend did not exit")
            let value = try await db.withTransaction { conn in try conn.query("SELECT 42", as: Int.self) }
            #expect(value.first == 42)
            let newPID = try await db.withConnection { conn in conn.backendPID }
            #expect(newPID != pid)
        }
    }

    @Test func sessionUsesSeoulTimeZoneAndApplicationName() async throws {
        try await withTestDatabase { db in
            let rows = try await db.withConnection { conn in
                try conn.query(
                    "SELECT current_setting('TimeZone'), current_setting('application_name')", as: (String, String).self
                )
            }
            #expect(rows.first?.0 == "Asia/Seoul")
            #expect(rows.first?.1 == "kisdash-tests")
        }
    }

    @Test func serverNoticesGoToTheLoggerNotStderr() async throws {
        guard let url = TestDatabase.url else { throw TestDatabase.NotConfigured() }
        let capture = LogCapture()
        let db = Database(configuration: .init(url: url), logger: capture.logger())
        try await db.withConnection { conn in try conn.execute("DROP TABLE IF EXISTS kisdash_no_such_table_xyz") }
        #expect(capture.text.contains("does not exist, skipping"))
    }
}
