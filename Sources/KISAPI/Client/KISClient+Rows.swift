import PortfolioModel

extension KISClient {
    /// Maps the rows of one array field, skipping blank placeholder rows, naming `field[index]` in errors.
    static func mapRows<Row, Value>(
        _ rows: [Row]?, field: String, response: KISResponse, isBlank: (Row) -> Bool,
        _ transform: (Row, FieldReader) throws -> Value
    ) throws -> [Value] {
        var values: [Value] = []
        for (index, row) in (rows ?? []).enumerated() where !isBlank(row) {
            values.append(
                try transform(row, FieldReader(operation: response.call.operation, row: "\(field)[\(index)]")))
        }
        return values
    }

    /// The reader for a single object field such as `output`.
    static func reader(_ response: KISResponse, field: String) -> FieldReader {
        FieldReader(operation: response.call.operation, row: field)
    }

    /// The error for a success answer that lacks its payload object.
    static func missingPayload(_ field: String, _ response: KISResponse) -> KISError {
        KISError(.malformedResponse, "answer has no \(field)", operation: response.call.operation)
    }

    /// The account query parameters, `CANO` and `ACNT_PRDT_CD`.
    var accountQuery: [(String, String)] {
        [("CANO", configuration.account.cano), ("ACNT_PRDT_CD", configuration.account.productCode)]
    }

    /// Today in Korea, by the runtime's wall clock.
    var today: TradeDate { TradeDate(runtime.now()) }
}
