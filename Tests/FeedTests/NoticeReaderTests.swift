import Feed
import Foundation
import PortfolioModel
import Testing

/// Field-level reading: bad fields name their index and name, personal values never appear, venues map.
@Suite struct NoticeReaderTests {
    static func read(_ record: String) throws -> ExecutionNotice {
        let fields = record.split(separator: "^", omittingEmptySubsequences: false).map(String.init)
        return try NoticeReader.notice(fields: fields, layout: .executionNotice, trID: "H0STCNI0")
    }

    @Test(arguments: [
        (4, "03", "SELN_BYOV_CLS"), (9, "12a", "CNTG_QTY"), (10, "-5", "CNTG_UNPR"), (11, "256199", "STCK_CNTG_HOUR"),
        (8, "", "STCK_SHRN_ISCD"), (12, "9", "RFUS_YN"), (13, "7", "CNTG_YN"), (14, "", "ACPT_YN"),
        (5, "3", "RCTF_CLS"), (7, "4", "ODER_COND"), (19, "5", "ORD_EXG_GB"), (16, "", "ODER_QTY"),
        (2, "", "ODER_NO"), (25, "abc", "ODER_PRC"),
    ])
    func invalidFieldNamesItsIndexAndName(index: Int, value: String, name: String) {
        let error = #expect(throws: FeedError.self) {
            try Self.read(Examples.replacing(Examples.fillRecord, field: index, with: value))
        }
        #expect(error?.code == .invalidField && error?.fieldIndex == index && error?.fieldName == name)
        #expect(error.map { "\($0)".contains("field \(index) \(name)") } == true)
    }

    @Test func badAccountNumberIsNamedButNotQuoted() {
        let error = #expect(throws: FeedError.self) {
            try Self.read(Examples.replacing(Examples.fillRecord, field: 1, with: "98765432"))
        }
        #expect(error?.fieldIndex == 1 && error?.fieldName == "ACNT_NO")
        #expect(error.map { !"\($0)".contains("98765432") } == true)
    }

    @Test func refusalIgnoresTheOtherFlags() throws {
        var record = Examples.replacing(Examples.acceptedRecord, field: 12, with: "1")
        record = Examples.replacing(record, field: 14, with: "")
        #expect(try Self.read(record).kind == .refused)
    }

    @Test(arguments: [
        ("1", Venue.krx, Venue.krx), ("2", .nxt, .nxt), ("3", .sor, .krx), ("4", .sor, .nxt), ("", .krx, .krx),
    ])
    func venueComesFromOrdExgGb(code: String, venue: Venue, routedTo: Venue) throws {
        let notice = try Self.read(Examples.replacing(Examples.fillRecord, field: 19, with: code))
        #expect(notice.venue == venue && notice.routedTo == routedTo)
    }

    @Test func stopPriceAndPaddedNameAreRead() throws {
        var record = Examples.replacing(Examples.acceptedRecord, field: 18, with: "000279000")
        record = Examples.replacing(record, field: 6, with: "22")
        record = Examples.replacing(record, field: 24, with: "SK하이닉스      ")
        let notice = try Self.read(record)
        #expect(notice.stopPrice == KRW(279_000) && notice.orderTypeCode == "22" && notice.orderType == nil)
        #expect(notice.name == "SK하이닉스")
    }

    @Test func descriptionMasksTheAccountAndCodableKeepsIt() throws {
        let notice = try Self.read(Examples.fillRecord)
        let text = "\(notice)"
        #expect(text.contains("1234****-01") && !text.contains("12345678") && !text.contains("myhtsid"))
        var dumped = ""
        dump(notice, to: &dumped)
        #expect(!dumped.contains("12345678"))
        let data = try JSONEncoder().encode(notice)
        #expect(try JSONDecoder().decode(ExecutionNotice.self, from: data) == notice)
    }

    @Test func oneBadRecordDoesNotHideTheGoodOne() throws {
        let bad = Examples.replacing(Examples.fillRecord, field: 4, with: "99")
        let frame = try Examples.noticeFrame([Examples.acceptedRecord, bad])
        guard case .data(let data) = FeedMessage.parse(frame) else {
            Issue.record("not a data frame")
            return
        }
        let results = NoticeReader.notices(in: try Examples.decoder().decode(data))
        #expect((try? results[0].get())?.kind == .accepted)
        #expect(throws: FeedError.self) { try results[1].get() }
    }
}
