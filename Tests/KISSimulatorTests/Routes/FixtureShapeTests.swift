import Foundation
import KISDashTestSupport
import Testing

@testable import KISSimulator

/// Every example in kis-api/examples has its keys in the simulator's reply for the same operation.
@Suite struct FixtureShapeTests {
    /// Keys of an object and, recursively, of nested objects and of the first element of arrays.
    static func keyPaths(_ value: Any, prefix: String = "") -> Set<String> {
        var result: Set<String> = []
        if let object = value as? [String: Any] {
            for (key, child) in object {
                let path = prefix.isEmpty ? key : prefix + "." + key
                result.insert(path)
                result.formUnion(keyPaths(child, prefix: path))
            }
        } else if let array = value as? [Any], let first = array.first {
            result.formUnion(keyPaths(first, prefix: prefix + "[]"))
        }
        return result
    }

    static func fixtureKeys(_ name: String) throws -> Set<String> {
        keyPaths(try JSONSerialization.jsonObject(with: SimulatorFixtures.data(name)))
    }

    static func reply(for fixture: String, _ h: SimHarness) async throws -> Reply {
        let realToken = await h.token(.real)
        let paperToken = await h.token(.paper)
        switch fixture {
        case "oauth2_tokenP": return await h.tokenReply(.real)
        case "oauth2_revokeP":
            let c = h.credentials(.real)
            let body = #"{"appkey":"\#(c.appKey)","appsecret":"\#(c.appSecret)","token":"\#(realToken)"}"#
            return await h.send(.real, "POST", "/oauth2/revokeP", body: Array(body.utf8))
        case "oauth2_Approval":
            let c = h.credentials(.real)
            let body = #"{"grant_type":"client_credentials","appkey":"\#(c.appKey)","secretkey":"\#(c.appSecret)"}"#
            return await h.send(.real, "POST", "/oauth2/Approval", body: Array(body.utf8))
        case "uapi_hashkey":
            let c = h.credentials(.real)
            return await h.send(
                .real, "POST", "/uapi/hashkey", headers: ["appkey": c.appKey, "appsecret": c.appSecret],
                body: Array(
                    #"{"CANO":"64012345","ACNT_PRDT_CD":"01","PDNO":"000660","ORD_DVSN":"00","ORD_QTY":"5","ORD_UNPR":"280000","EXCG_ID_DVSN_CD":"KRX","SLL_TYPE":"","CNDT_PRIC":""}"#
                        .utf8))
        case "inquire-balance":
            return await h.get(.real, .balance, trID: "TTTC8434R", token: realToken, query: balanceQuery(h, .real))
        case "inquire-daily-ccld":
            return await h.get(
                .real, .dailyExecutions, trID: "TTTC0081R", token: realToken,
                query: h.account(.real) + [("INQR_STRT_DT", "20251204"), ("INQR_END_DT", "20251204")])
        case "inquire-psbl-rvsecncl":
            return await h.get(
                .real, .cancellable, trID: "TTTC0084R", token: realToken,
                query: h.account(.real) + [("INQR_DVSN_1", "0"), ("INQR_DVSN_2", "0")])
        case "inquire-psbl-order":
            return await h.get(
                .real, .buyingPower, trID: "TTTC8908R", token: realToken,
                query: h.account(.real) + [("PDNO", "005930"), ("ORD_UNPR", "0"), ("ORD_DVSN", "01")])
        case "inquire-price":
            return await h.get(.real, .price, trID: "FHKST01010100", token: realToken, query: quoteQuery("005930"))
        case "inquire-asking-price-exp-ccn":
            return await h.get(.real, .orderBook, trID: "FHKST01010200", token: realToken, query: quoteQuery("005930"))
        case "inquire-daily-itemchartprice":
            return await h.get(
                .real, .dailyChart, trID: "FHKST03010100", token: realToken,
                query: quoteQuery(
                    "005930",
                    [
                        ("FID_INPUT_DATE_1", "20251101"), ("FID_INPUT_DATE_2", "20251204"),
                        ("FID_PERIOD_DIV_CODE", "D"), ("FID_ORG_ADJ_PRC", "0"),
                    ]))
        case "inquire-time-itemchartprice":
            return await h.get(
                .real, .minuteChart, trID: "FHKST03010200", token: realToken,
                query: quoteQuery(
                    "005930", [("FID_INPUT_HOUR_1", "103000"), ("FID_ETC_CLS_CODE", ""), ("FID_PW_DATA_INCU_YN", "N")]))
        case "chk-holiday":
            return await h.get(
                .real, .holidays, trID: "CTCA0903R", token: realToken,
                query: [("BASS_DT", "20251222"), ("CTX_AREA_NK", ""), ("CTX_AREA_FK", "")])
        case "order-cash":
            return await h.post(
                .real, .orderCash, trID: "TTTC0012U", token: realToken,
                body: orderBody(h, .real, "000660", qty: 1, price: "500000"))
        case "order-cash_paper":
            return await h.post(
                .paper, .orderCash, trID: "VTTC0012U", token: paperToken,
                body: orderBody(h, .paper, "035720", qty: 1, price: "50000"))
        case "order-rvsecncl":
            return await h.post(
                .real, .amendCancel, trID: "TTTC0013U", token: realToken, body: cancelBody(h, .real, "0000117342"))
        case "order-rvsecncl_paper":
            return await h.post(
                .paper, .amendCancel, trID: "VTTC0013U", token: paperToken, body: cancelBody(h, .paper, "0000008612"))
        case "error_rate_limit_EGW00201":
            await h.control.setLimits(SimulatorLimits(realRate: 1, paperRate: 1, tokenIssueInterval: 0))
            _ = await h.get(.real, .price, trID: "FHKST01010100", token: realToken, query: quoteQuery("005930"))
            return await h.get(.real, .price, trID: "FHKST01010100", token: realToken, query: quoteQuery("005930"))
        case "error_token_expired_EGW00123":
            await h.control.advanceClock(bySeconds: 86_401)
            return await h.get(.real, .price, trID: "FHKST01010100", token: realToken, query: quoteQuery("005930"))
        case "error_token_invalid_EGW00121":
            return await h.get(.real, .price, trID: "FHKST01010100", token: "not-a-token", query: quoteQuery("005930"))
        case "error_tokenP_too_frequent_EGW00133":
            await h.control.setLimits(SimulatorLimits(realRate: 1000, paperRate: 1000, tokenIssueInterval: 60))
            _ = await h.tokenReply(.real)
            return await h.tokenReply(.real)
        default:
            Issue.record("no request for fixture \(fixture)")
            return Reply(status: 0, headers: [], body: [])
        }
    }

    @Test(arguments: SimulatorFixtures.restExamples)
    func replyHasEveryKeyOfTheExample(_ fixture: String) async throws {
        let h = try SimHarness()
        let reply = try await Self.reply(for: fixture, h)
        let expected = try Self.fixtureKeys(fixture)
        let actual = Self.keyPaths(reply.json)
        #expect(expected.subtracting(actual).isEmpty, "missing in \(fixture): \(expected.subtracting(actual).sorted())")
        if fixture.hasPrefix("error_") {
            let example = try JSONSerialization.jsonObject(with: SimulatorFixtures.data(fixture)) as? [String: Any]
            #expect(reply.code == (example?["msg_cd"] as? String ?? example?["error_code"] as? String))
        } else {
            #expect(reply.status == 200, "\(fixture): \(reply.text.prefix(200))")
            #expect(reply.rtCode == "0" || reply.json["rt_cd"] == nil, "\(fixture): \(reply.text.prefix(200))")
        }
    }
}

func orderBody(_ h: SimHarness, _ side: SimulatorSide, _ code: String, qty: Int, price: String, type: String = "00")
    -> [String: String]
{
    let c = h.credentials(side)
    return [
        "CANO": c.accountNumber, "ACNT_PRDT_CD": c.productCode, "PDNO": code, "ORD_DVSN": type, "ORD_QTY": "\(qty)",
        "ORD_UNPR": price, "EXCG_ID_DVSN_CD": "KRX", "SLL_TYPE": "", "CNDT_PRIC": "",
    ]
}

func cancelBody(_ h: SimHarness, _ side: SimulatorSide, _ odno: String, all: Bool = true, quantity: Int = 0) -> [String:
    String]
{
    let c = h.credentials(side)
    return [
        "CANO": c.accountNumber, "ACNT_PRDT_CD": c.productCode, "KRX_FWDG_ORD_ORGNO": side == .real ? "06010" : "00950",
        "ORGN_ODNO": odno, "ORD_DVSN": "00", "RVSE_CNCL_DVSN_CD": "02", "ORD_QTY": "\(quantity)", "ORD_UNPR": "0",
        "QTY_ALL_ORD_YN": all ? "Y" : "N", "EXCG_ID_DVSN_CD": "KRX",
    ]
}

extension FixtureShapeTests {
    /// The `output` rows of an example.
    static func fixtureRows(_ name: String) throws -> [[String: Any]] {
        let object = try JSONSerialization.jsonObject(with: SimulatorFixtures.data(name)) as? [String: Any]
        return object?["output"] as? [[String: Any]] ?? []
    }
}
