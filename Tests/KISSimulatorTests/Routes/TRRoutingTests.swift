import Testing

@testable import KISSimulator

@Suite struct TRRoutingTests {
    @Test func realTROnPaperSideIsNotAPaperTR() async throws {
        let h = try SimHarness()
        let token = await h.token(.paper)
        let reply = await h.get(.paper, .balance, trID: "TTTC8434R", token: token, query: balanceQuery(h, .paper))
        #expect(reply.code == "EGW2004")
        #expect(reply.json["msg1"] as? String == "모의투자 TR 이 아닙니다.")
    }

    @Test func paperTROnRealSideIsAnUnknownService() async throws {
        let h = try SimHarness()
        let token = await h.token(.real)
        let reply = await h.get(.real, .balance, trID: "VTTC8434R", token: token, query: balanceQuery(h, .real))
        #expect(reply.code == "OPSQ0002")
        #expect(reply.json["msg1"] as? String == "없는 서비스 코드 입니다.")
    }

    @Test func unknownTRAndTROnTheWrongPathAreRefused() async throws {
        let h = try SimHarness()
        let token = await h.token(.real)
        #expect(
            await h.get(.real, .balance, trID: "TTTC9999R", token: token, query: balanceQuery(h, .real)).code
                == "OPSQ0002")
        #expect(
            await h.get(.real, .balance, trID: "FHKST01010100", token: token, query: balanceQuery(h, .real)).code
                == "OPSQ0002")
    }

    @Test func paperHasNoCancellableOrdersOrHolidayTR() async throws {
        let h = try SimHarness()
        let token = await h.token(.paper)
        let query = h.account(.paper) + [("INQR_DVSN_1", "0"), ("INQR_DVSN_2", "0")]
        #expect(await h.get(.paper, .cancellable, trID: "VTTC0084R", token: token, query: query).code == "OPSQ0002")
        #expect(await h.get(.paper, .cancellable, trID: "TTTC0084R", token: token, query: query).code == "EGW2004")
        #expect(
            await h.get(.paper, .holidays, trID: "CTCA0903R", token: token, query: [("BASS_DT", "20251222")]).code
                == "EGW2004")
    }

    @Test(arguments: [
        ("TTTC8001R", TROperation.dailyExecutions), ("CTSC9215R", .dailyExecutions), ("CTSC9115R", .dailyExecutions),
        ("TTTC8036R", .cancellable), ("TTTC0084R", .cancellable),
    ])
    func oldAndNewRealIDsAreAccepted(_ trID: String, _ operation: TROperation) async throws {
        let h = try SimHarness()
        let token = await h.token(.real)
        let reply = await h.get(.real, operation, trID: trID, token: token, query: h.account(.real))
        #expect(reply.status == 200)
        #expect(reply.code == "KIOK0510")
        #expect(reply.header("tr_id") == trID)
    }

    @Test func oldOrderIDsSelectBuyAndSell() async throws {
        let h = try SimHarness()
        let token = await h.token(.paper)
        let buy = await h.post(
            .paper, .orderCash, trID: "VTTC0802U", token: token,
            body: orderBody(h, .paper, "005930", qty: 1, price: "0", type: "01"))
        let sell = await h.post(
            .paper, .orderCash, trID: "VTTC0801U", token: token,
            body: orderBody(h, .paper, "005930", qty: 2, price: "0", type: "01"))
        #expect(buy.code == "40600000")
        #expect(sell.json["msg1"] as? String == "모의투자 매도주문이 완료 되었습니다.")
        let account = try #require(await h.control.account(.paper))
        #expect(account.position("005930")?.quantity == 29)
    }

    @Test func queryNamesMatchCaseInsensitively() async throws {
        let h = try SimHarness()
        let token = await h.token(.real)
        let reply = await h.get(
            .real, .price, trID: "FHKST01010100", token: token,
            query: [("fid_cond_mrkt_div_code", "J"), ("fid_input_iscd", "005930")])
        #expect(reply.code == "MCA00000")
    }

    @Test func accountInquiriesPadMessageToEightyBytes() async throws {
        let h = try SimHarness()
        let reply = await h.get(
            .paper, .balance, trID: "VTTC8434R", token: await h.token(.paper), query: balanceQuery(h, .paper))
        let message = try #require(reply.json["msg1"] as? String)
        #expect(reply.code == "20310000")
        #expect(message.hasPrefix("모의투자 조회가 완료되었습니다."))
        #expect(message.unicodeScalars.reduce(0) { $0 + ($1.isASCII ? 1 : 2) } == 80)
    }

    @Test func valuesAreStringsExceptTheDocumentedNumbers() async throws {
        let h = try SimHarness()
        let token = await h.token(.real)
        let replies = [
            await h.get(.real, .balance, trID: "TTTC8434R", token: token, query: balanceQuery(h, .real)),
            await h.get(.real, .price, trID: "FHKST01010100", token: token, query: quoteQuery("000660")),
            await h.get(.real, .dailyExecutions, trID: "TTTC0081R", token: token, query: h.account(.real)),
        ]
        func allStrings(_ value: Any) -> Bool {
            if let object = value as? [String: Any] { return object.values.allSatisfy(allStrings) }
            if let array = value as? [Any] { return array.allSatisfy(allStrings) }
            return value is String
        }
        for reply in replies { #expect(allStrings(reply.json), "\(reply.text.prefix(120))") }
    }

    @Test func unknownStockIsRefusedWithMCA05918() async throws {
        let h = try SimHarness()
        let reply = await h.get(
            .real, .price, trID: "FHKST01010100", token: await h.token(.real), query: quoteQuery("999999"))
        #expect(reply.status == 200)
        #expect(reply.rtCode == "1")
        #expect(reply.code == "MCA05918")
    }
}
