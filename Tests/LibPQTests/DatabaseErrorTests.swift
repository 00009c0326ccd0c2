import Foundation
import KISDashTestSupport
import Testing

@testable import LibPQ

@Suite(.requiresDatabase) struct DatabaseErrorTests {
    @Test func serverErrorsMapToCodesWithTableAndConstraint() async throws {
        try await withTestDatabase { db in
            try await db.withConnection { conn in
                try conn.execute("CREATE TABLE t (k text PRIMARY KEY, n bigint CHECK (n >= 0))")
                try conn.execute("INSERT INTO t VALUES (\("a"), \(1))")
            }
            let unique = await #expect(throws: PGError.self) {
                try await db.withConnection { conn in try conn.execute("INSERT INTO t VALUES (\("a"), \(2))") }
            }
            #expect(unique?.code == .uniqueViolation)
            #expect(unique?.constraint == "t_pkey")
            #expect(unique?.table == "t")
            let check = await #expect(throws: PGError.self) {
                try await db.withConnection { conn in try conn.execute("INSERT INTO t VALUES (\("b"), \(-1))") }
            }
            #expect(check?.code == .checkViolation)
            let missing = await #expect(throws: PGError.self) {
                try await db.withConnection { conn in try conn.execute("SELECT * FROM no_such_table") }
            }
            #expect(missing?.code == .undefinedTable)
        }
    }

    @Test func errorsNeverContainBindValues() async throws {
        try await withTestDatabase { db in
            try await db.withConnection { conn in try conn.execute("CREATE TABLE t (k text PRIMARY KEY, n bigint)") }
            let secret = "9876543210-account"
            try await db.withConnection { conn in try conn.execute("INSERT INTO t VALUES (\(secret), 1)") }
            let duplicate = await #expect(throws: PGError.self) {
                try await db.withConnection { conn in try conn.execute("INSERT INTO t VALUES (\(secret), 2)") }
            }
            let badNumber = await #expect(throws: PGError.self) {
                try await db.withConnection { conn in try conn.execute("SELECT \(secret)::bigint") }
            }
            for error in [duplicate, badNumber].compactMap({ $0 }) {
                #expect(!error.description.contains(secret))
                #expect(!error.debugDescription.contains(secret))
                #expect(!"\(error)".contains("9876543210"))
            }
            #expect(badNumber?.code == .dataException)
        }
    }

    @Test(arguments: [
        "postgresql://postgres:Sup3rSecretPw@127.0.0.1:1/kisdash_test",  // nothing listens on port 1
        "postgresql://postgres:Sup3rSecretPw@127.0.0.1:54329/no_such_database_here",
    ])
    func connectionErrorsNeverContainThePassword(url: String) async throws {
        let db = Database(url: url)
        let error = await #expect(throws: PGError.self) {
            try await db.withConnection { conn in try conn.execute("SELECT 1") }
        }
        #expect(error?.code == .connectionFailed)
        #expect(
            error.map { !$0.description.contains("Sup3rSecretPw") && !$0.debugDescription.contains("Sup3rSecretPw") }
                == true)
        #expect(!"\(db.configuration)".contains("Sup3rSecretPw"))
    }

    @Test func malformedURLIsAnInvalidArgumentWithoutEchoingIt() async throws {
        let db = Database(url: "postgresql://postgres:Sup3rSecretPw@127.0.0.1:54329/db?nonsense_option=1")
        let error = await #expect(throws: PGError.self) {
            try await db.withConnection { conn in try conn.execute("SELECT 1") }
        }
        #expect(error?.code == .invalidArgument)
        #expect(error.map { !$0.description.contains("Sup3rSecretPw") } == true)
    }
}
