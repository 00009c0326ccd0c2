import Testing

@testable import LibPQ

@Suite struct PGErrorTests {
    @Test(arguments: [
        ("23505", PGError.Code.uniqueViolation), ("23503", .foreignKeyViolation), ("23514", .checkViolation),
        ("23502", .notNullViolation), ("40001", .serializationFailure), ("40P01", .deadlock),
        ("57014", .queryCanceled), ("53100", .diskFull), ("25006", .readOnlyTransaction),
        ("42P01", .undefinedTable), ("42601", .syntaxError), ("22P02", .dataException), ("22003", .dataException),
        ("08006", .connectionLost), ("57P01", .connectionLost), ("3D000", .connectionFailed),
        ("42883", .other(sqlState: "42883")),
    ])
    func sqlStateMapsToCode(state: String, code: PGError.Code) {
        #expect(PGError.Code(sqlState: state) == code)
    }

    @Test func onlyRetryableCodesAreTransient() {
        #expect(PGError.Code.serializationFailure.isTransient)
        #expect(PGError.Code.deadlock.isTransient)
        #expect(!PGError.Code.uniqueViolation.isTransient)
    }

    @Test func scrubRemovesSecretsAndDataExceptionValues() {
        let scrubbed = PGError.scrub("password hunter22 rejected", secrets: ["hunter22", "1"])
        #expect(scrubbed == "password ‹redacted› rejected")
        let data = PGError.scrub(#"invalid input syntax for type bigint: "12x""#, secrets: [], sqlState: "22P02")
        #expect(data == "invalid input syntax for type bigint: ‹value redacted›")
    }

    @Test func descriptionOmitsSQLWhichOnlyDebugDescriptionShows() {
        let error = PGError(
            code: .checkViolation, message: "violates", table: "min_price", sql: "INSERT INTO min_price")
        #expect(!error.description.contains("INSERT"))
        #expect(error.description.contains("checkViolation"))
        #expect(error.debugDescription.contains("INSERT INTO min_price"))
    }
}
