package import PortfolioModel

/// Reads H0STCNI0/H0STCNI9 records into ``ExecutionNotice`` values, by field position (SPEC §7.5).
package enum NoticeReader {
    /// The notices in a decoded notice frame, one result per record: a bad record never hides good ones.
    package static func notices(in frame: DecodedFrame) -> [Result<ExecutionNotice, FeedError>] {
        frame.records.map { record in
            Result { try notice(fields: record, layout: frame.layout ?? .executionNotice, trID: frame.trID) }
                .mapError { error in
                    error as? FeedError ?? FeedError(.invalidField, "\(error)", trID: frame.trID)
                }
        }
    }

    /// Reads one record.
    /// - Parameters:
    ///   - fields: The record's fields (at least `layout.fieldCount`).
    ///   - layout: The 26-field layout or the older 23-field one.
    ///   - trID: For errors.
    /// - Returns: The notice the record describes.
    /// - Throws: ``FeedError`` `.invalidField` naming the field's index and name, or `.fieldCount`.
    package static func notice(fields: [String], layout: RecordLayout, trID: String) throws -> ExecutionNotice {
        guard fields.count >= layout.fieldCount else {
            throw FeedError(.fieldCount, "record has \(fields.count) of \(layout.fieldCount) fields", trID: trID)
        }
        let f = NoticeFields(fields: fields, layout: layout, trID: trID)
        guard let account = AccountNumber(f.text("ACNT_NO")) else {
            throw f.invalid("ACNT_NO", "expected a 10-digit account number")
        }
        let orderNumber = f.text("ODER_NO")
        guard !orderNumber.isEmpty else { throw f.invalid("ODER_NO", "expected an order number") }
        guard let side = Side(kisCode: f.text("SELN_BYOV_CLS")) else {
            throw f.invalid("SELN_BYOV_CLS", "expected 01 (sell) or 02 (buy)")
        }
        guard let code = StockCode(f.text("STCK_SHRN_ISCD")) else {
            throw f.invalid("STCK_SHRN_ISCD", "expected a stock code")
        }
        guard let time = KSTTime(f.text("STCK_CNTG_HOUR")) else {
            throw f.invalid("STCK_CNTG_HOUR", "expected HHMMSS")
        }
        let (venue, routedTo) = try venues(f)
        let original = f.text("OODER_NO")
        let stop = try f.optionalInteger("ORD_COND_PRC")
        let name = f.text("CNTG_ISNM40").isEmpty ? f.text("CNTG_ISNM") : f.text("CNTG_ISNM40")
        return ExecutionNotice(
            kind: try kind(f), htsID: f.text("CUST_ID"), account: account, orderNumber: orderNumber,
            originalOrderNumber: original.isEmpty ? nil : original, side: side, orderTypeCode: f.text("ODER_KIND"),
            condition: try condition(f), code: code, name: name, quantity: try f.integer("CNTG_QTY"),
            price: KRW(try f.integer("CNTG_UNPR")), time: time, venue: venue, routedTo: routedTo,
            branch: f.text("BRNC_NO"), orderQuantity: try f.integer("ODER_QTY"),
            orderPrice: try f.optionalInteger("ODER_PRC").map(KRW.init),
            stopPrice: stop.flatMap { $0 == 0 ? nil : KRW($0) })
    }
}
