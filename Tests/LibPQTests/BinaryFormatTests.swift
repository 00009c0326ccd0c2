import Foundation
import KISDashTestSupport
import Testing

@testable import LibPQ

/// Binary-format results and binary COPY against the real server.
@Suite(.requiresDatabase) struct BinaryFormatTests {
    @Test func binaryResultsDecodeToTheSameValuesAsText() async throws {
        try await withTestDatabase { db in
            let instants = [1_764_829_800.123456, 946_684_799.5, -1.000001, 0].map(Date.init(timeIntervalSince1970:))
            let sql: PGQuery = """
                SELECT t, t::text, n, n::int4, 'x' || n::text, n % 2 = 0, NULL::bigint
                FROM unnest(\(instants)::timestamptz[]) WITH ORDINALITY AS u(t, n) ORDER BY u.n
                """
            let (text, binary) = try await db.withConnection { conn in
                (
                    try conn.query(sql, as: (Date, String, Int64, Int, String, Bool, Int64?).self),
                    try conn.queryBinary(sql, as: (Date, String, Int64, Int, String, Bool, Int64?).self)
                )
            }
            #expect(binary.count == 4)
            for (t, b) in zip(text, binary) {
                #expect(t.0 == b.0)
                #expect(t.1 == b.1)
                #expect((t.2, t.3, t.4, t.5) == (b.2, b.3, b.4, b.5))
                #expect(b.6 == nil)
            }
        }
    }

    @Test func aColumnOfAnotherTypeIsRefusedBeforeAnyRowIsRead() async throws {
        try await withTestDatabase { db in
            let error = await #expect(throws: PGError.self) {
                try await db.withConnection { conn in
                    _ = try conn.queryBinary("SELECT 1.5::numeric, 'x'::text", as: (Int64, String).self)
                }
            }
            #expect(error?.code == .decodingFailed)
            #expect(error?.message.contains("1.5") == false)
            #expect(error?.message.contains("does not read") == true)
        }
    }

    @Test func copyInStoresEveryRowWithNullsAndKoreanText() async throws {
        try await withTestDatabase { db in
            let instant = Date(timeIntervalSince1970: 1_764_829_800.25)
            let rows = try await db.withTransaction { conn in
                try conn.execute("CREATE TEMP TABLE t (name text, at timestamptz, n bigint) ON COMMIT DROP")
                var copy = PGBinaryCopy<String, Date, Int64?>()
                copy.append("삼성전자 우선주", instant, 7)
                copy.append("", instant.addingTimeInterval(60), nil)
                copy.append("tab\tand \\", instant, Int64.min)
                let copied = try conn.copyIn("COPY t (name, at, n) FROM STDIN (FORMAT binary)", rows: copy)
                #expect(copied == 3)
                return try conn.query(
                    "SELECT name, at, n FROM t ORDER BY at, n NULLS LAST", as: (String, Date, Int64?).self)
            }
            #expect(rows.map(\.0) == ["tab\tand \\", "삼성전자 우선주", ""])
            #expect(rows.map(\.1) == [instant, instant, instant.addingTimeInterval(60)])
            #expect(rows.map(\.2) == [Int64.min, 7, nil])
        }
    }

    @Test func aRejectedCopyIsAnErrorAndTheConnectionStaysUsable() async throws {
        try await withTestDatabase { db in
            try await db.withConnection { conn in
                try conn.execute("CREATE TABLE checked (n bigint CHECK (n >= 0))")
            }
            let error = await #expect(throws: PGError.self) {
                try await db.withTransaction { conn in
                    var copy = PGBinaryCopy<Int64>()
                    copy.append(1)
                    copy.append(-424_242)
                    _ = try conn.copyIn("COPY checked (n) FROM STDIN (FORMAT binary)", rows: copy)
                }
            }
            #expect(error?.code == .checkViolation)
            #expect(error?.description.contains("424242") == false)
            let notCopy = await #expect(throws: PGError.self) {
                try await db.withConnection { conn in _ = try conn.copyIn("SELECT 1", rows: PGBinaryCopy<Int64>()) }
            }
            #expect(notCopy?.code == .invalidArgument)
            let count = try await db.withConnection { conn in
                try conn.query("SELECT count(*) FROM checked", as: Int.self)
            }
            #expect(count == [0])
        }
    }
}
