import Foundation
import KISDashTestSupport
import LibPQ
import Testing

@testable import Storage

@Suite struct MigrationBundleTests {
    /// Numbers are reserved per issue (0005 diagnosis, 0006 pipeline), so a branch may have a gap until both merge.
    @Test func bundledMigrationsAreNumberedFromOneInOrderWithoutDuplicates() throws {
        let migrations = try Migration.bundled()
        let versions = migrations.map(\.version)
        #expect(versions.first == 1 && versions == versions.sorted() && Set(versions).count == versions.count)
        #expect(migrations.first?.name == "account_snapshots")
        #expect(migrations.allSatisfy { !$0.sql.contains("public.") })
    }
}

@Suite(.requiresDatabase) struct MigratorTests {
    @Test func secondRunIsANoOp() async throws {
        try await withTestDatabase { db in
            let first = try await Migrator(database: db).migrate()
            #expect(first.count == (try Migration.bundled()).count)
            let second = try await Migrator(database: db).migrate()
            #expect(second.isEmpty)
            let recorded = try await db.withConnection { conn in
                try conn.query("SELECT count(*), count(DISTINCT checksum) FROM schema_migrations", as: (Int, Int).self)
            }
            #expect(recorded.first?.0 == first.count)
        }
    }

    @Test func concurrentRunsFromTwoConnectionsApplyEachMigrationOnce() async throws {
        try await withTestDatabase { db, schema in
            guard let url = TestDatabase.url else { throw TestDatabase.NotConfigured() }
            let other = Database(configuration: .init(url: url, applicationName: "kisdash-tests-2", searchPath: schema))
            async let a = Migrator(database: db).migrate()
            async let b = Migrator(database: other).migrate()
            let (appliedA, appliedB) = try await (a, b)
            let total = try Migration.bundled().count
            #expect(appliedA.count + appliedB.count == total)
            let versions = try await db.withConnection { conn in
                try conn.query("SELECT version FROM schema_migrations ORDER BY version", as: Int.self)
            }
            #expect(versions == (try Migration.bundled()).map(\.version))
            await other.close()
        }
    }

    @Test func changedChecksumOfAnAppliedMigrationIsAClearError() async throws {
        try await withTestDatabase { db in
            let original = Migration(version: 1, name: "first", sql: "CREATE TABLE a (n int);")
            try await Migrator(database: db, migrations: [original]).migrate()
            var edited = original
            edited.sql = "CREATE TABLE a (n bigint);"
            let error = await #expect(throws: StorageError.self) {
                try await Migrator(database: db, migrations: [edited]).migrate()
            }
            #expect(error?.code == .migrationChecksumMismatch)
            #expect(error?.message.contains("1_first changed after it was applied") == true)
        }
    }

    @Test func databaseAheadOfTheBuildIsRefused() async throws {
        try await withTestDatabase { db in
            let one = Migration(version: 1, name: "first", sql: "CREATE TABLE a (n int);")
            let two = Migration(version: 2, name: "second", sql: "CREATE TABLE b (n int);")
            try await Migrator(database: db, migrations: [one, two]).migrate()
            let error = await #expect(throws: StorageError.self) {
                try await Migrator(database: db, migrations: [one]).migrate()
            }
            #expect(error?.code == .unknownMigration)
        }
    }

    @Test func failingMigrationRollsBackAndKeepsEarlierOnes() async throws {
        try await withTestDatabase { db in
            let good = Migration(version: 1, name: "good", sql: "CREATE TABLE a (n int);")
            let bad = Migration(version: 2, name: "bad", sql: "CREATE TABLE b (n int); SELECT * FROM missing_table;")
            let error = await #expect(throws: StorageError.self) {
                try await Migrator(database: db, migrations: [good, bad]).migrate()
            }
            #expect(error?.code == .database(.undefinedTable))
            let tables = try await db.withConnection { conn in
                try conn.query(
                    "SELECT table_name::text FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY 1",
                    as: String.self)
            }
            #expect(tables == ["a", "schema_migrations"])
        }
    }
}
