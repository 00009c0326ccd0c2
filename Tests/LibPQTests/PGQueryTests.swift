import Foundation
import Testing

@testable import LibPQ

@Suite struct PGQueryTests {
    @Test func interpolatedValuesBecomeNumberedPlaceholdersAndTextBinds() {
        let code = "005930"
        let quantity: Int64 = 12
        let query: PGQuery =
            "SELECT * FROM kis_holding WHERE stock_code = \(code) AND holding_qty > \(quantity) AND is_paper = \(true)"
        #expect(query.sql == "SELECT * FROM kis_holding WHERE stock_code = $1 AND holding_qty > $2 AND is_paper = $3")
        #expect(query.binds == ["005930", "12", "t"])
    }

    @Test func nilBindsSQLNullWhileEmptyStringStaysEmpty() {
        let missing: String? = nil
        let query: PGQuery = "INSERT INTO t VALUES (\(missing), \(""))"
        #expect(query.sql == "INSERT INTO t VALUES ($1, $2)")
        #expect(query.binds == [nil, ""])
    }

    @Test func literalWithoutInterpolationHasNoBinds() {
        let query: PGQuery = "SELECT 1"
        #expect(query.sql == "SELECT 1")
        #expect(query.binds.isEmpty)
    }

    @Test func arraysBecomeQuotedArrayLiterals() {
        let values: [String?] = ["a,b", "say \"hi\"", nil, "back\\slash", "삼성전자", "", "null", "005930"]
        #expect(values.pgText == #"{"a,b","say \"hi\"",NULL,"back\\slash",삼성전자,"","null",005930}"#)
        #expect([Int64]().pgText == "{}")
    }

    @Test func identifiersAreQuotedNotBound() {
        let query: PGQuery = "CREATE SCHEMA \(identifier: "t_\"x")"
        #expect(query.sql == #"CREATE SCHEMA "t_""x""#)
        #expect(query.binds.isEmpty)
    }

    @Test func debugDescriptionShowsSQLButNeverBinds() {
        let query: PGQuery = "SELECT \("secret-value")"
        #expect(!String(reflecting: query).contains("secret-value"))
        #expect(String(reflecting: query).contains("SELECT $1"))
    }
}
