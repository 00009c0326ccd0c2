import Foundation
import KISDashTestSupport
import Testing

@testable import LibPQ

@Suite(.requiresDatabase) struct DatabaseRoundTripTests {
    @Test func nullAndEmptyStringStayDistinct() async throws {
        try await withTestDatabase { db in
            let rows = try await db.withConnection { conn in
                try conn.query(
                    "SELECT \(String?.none)::text, \("")::text, NULL::bigint", as: (String?, String?, Int64?).self)
            }
            let row = try #require(rows.first)
            #expect(row.0 == nil)
            #expect(row.1 == "")
            #expect(row.2 == nil)
        }
    }

    @Test func nullInNonOptionalColumnThrowsUnexpectedNull() async throws {
        try await withTestDatabase { db in
            let error = await #expect(throws: PGError.self) {
                try await db.withConnection { conn in _ = try conn.query("SELECT NULL::text", as: String.self) }
            }
            #expect(error?.code == .unexpectedNull)
        }
    }

    @Test func numericTimestampKoreanAndBooleanRoundTrip() async throws {
        try await withTestDatabase { db in
            let instant = Date(timeIntervalSince1970: 1_764_829_800.123456)
            let rows = try await db.withConnection { conn in
                try conn.query(
                    """
                    SELECT \("65530.7006")::numeric(18,4)::text, \(instant)::timestamptz, \("삼성전자 우선주")::text,
                           \(Int64.max)::bigint, \(false)::boolean, \(instant)::timestamptz::text
                    """, as: (String, Date, String, Int64, Bool, String).self)
            }
            let row = try #require(rows.first)
            #expect(row.0 == "65530.7006")
            #expect(abs(row.1.timeIntervalSince(instant)) < 0.000_001)
            #expect(row.2 == "삼성전자 우선주")
            #expect(row.3 == Int64.max)
            #expect(row.4 == false)
            #expect(row.5 == "2025-12-04 15:30:00.123456+09")  // the session runs in Asia/Seoul
        }
    }

    @Test func textArraysBindThroughUnnest() async throws {
        try await withTestDatabase { db in
            let names: [String?] = [
                "a,b", "say \"hi\"", nil, "back\\slash", "{}", "NULL", "nUlL", "", " padded ", "탭\t줄\n",
            ]
            let rows = try await db.withConnection { conn in
                try conn.query(
                    "SELECT v FROM unnest(\(names)::text[]) WITH ORDINALITY AS u(v, n) ORDER BY n", as: String?.self)
            }
            #expect(rows == names)
        }
    }

    @Test func columnCountMismatchIsADecodingError() async throws {
        try await withTestDatabase { db in
            let error = await #expect(throws: PGError.self) {
                try await db.withConnection { conn in _ = try conn.query("SELECT 1, 2", as: Int.self) }
            }
            #expect(error?.code == .decodingFailed)
        }
    }
}
