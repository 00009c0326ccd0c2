import Digest
import Foundation
import KISDashTestSupport
import Testing

@testable import KISSimulator

@Suite struct TokenTests {
    @Test func askingAgainWithinSixHoursReturnsTheSameToken() async throws {
        let h = try SimHarness()
        let first = await h.token(.paper)
        await h.control.advanceClock(bySeconds: 5 * 3600)
        let second = await h.token(.paper)
        #expect(!first.isEmpty)
        #expect(first == second)
        #expect(await h.control.stats().paper.tokensIssued == 1)
    }

    @Test func askingAfterSixHoursMintsANewToken() async throws {
        let h = try SimHarness()
        let first = await h.token(.real)
        await h.control.advanceClock(bySeconds: 6 * 3600 + 1)
        let second = await h.token(.real)
        #expect(first != second)
        #expect(await h.control.stats().real.tokensIssued == 2)
    }

    @Test func tokenIsJWTShapedWithKISExpiryFormat() async throws {
        let h = try SimHarness()
        let reply = await h.tokenReply(.real)
        let token = try #require(reply.json["access_token"] as? String)
        #expect(token.split(separator: ".").count == 3)
        #expect(token.count > 300)
        #expect(reply.json["access_token_token_expired"] as? String == "2025-12-05 10:30:00")
        #expect(reply.json["expires_in"] as? Int == 86400)
        #expect(reply.json["token_type"] as? String == "Bearer")
    }

    @Test func issuingTwiceWithinTheIntervalIsRefusedWithEGW00133() async throws {
        let h = try SimHarness(limits: SimulatorLimits(realRate: 100, paperRate: 100, tokenIssueInterval: 60))
        #expect(await h.tokenReply(.paper).status == 200)
        let second = await h.tokenReply(.paper)
        #expect(second.status == 403)
        #expect(second.code == "EGW00133")
        #expect(second.json["error_description"] as? String == "접근토큰 발급 잠시 후 다시 시도하세요(1분당 1회)")
        #expect(await h.tokenReply(.real).status == 200, "the other app key has its own interval")
        #expect(await h.control.stats().paper.rejected["EGW00133"] == 1)
    }

    @Test func intervalUsesTheWallClock() async throws {
        let clock = TestClock()
        let h = try SimHarness(limits: SimulatorLimits(tokenIssueInterval: 60), clock: clock)
        #expect(await h.tokenReply(.paper).status == 200)
        await h.control.advanceClock(bySeconds: 3600)
        #expect(await h.tokenReply(.paper).code == "EGW00133", "simulated time does not count")
        clock.advance(by: .seconds(60) - .milliseconds(1))
        #expect(await h.tokenReply(.paper).code == "EGW00133", "the interval is a whole minute of wall time")
        clock.advance(by: .milliseconds(1))
        #expect(await h.tokenReply(.paper).status == 200)
    }

    @Test func tokenExpiresBySimulatedClock() async throws {
        let h = try SimHarness()
        let token = await h.token(.real)
        let query = quoteQuery("005930")
        #expect(await h.get(.real, .price, trID: "FHKST01010100", token: token, query: query).status == 200)
        await h.control.advanceClock(bySeconds: 86_400)
        let expired = await h.get(.real, .price, trID: "FHKST01010100", token: token, query: query)
        #expect(expired.status == 500)
        #expect(expired.code == "EGW00123")
    }

    @Test func revokedTokenIsInvalid() async throws {
        let h = try SimHarness()
        let token = await h.token(.real)
        let c = h.credentials(.real)
        let body = #"{"appkey":"\#(c.appKey)","appsecret":"\#(c.appSecret)","token":"\#(token)"}"#
        let revoked = await h.send(.real, "POST", "/oauth2/revokeP", body: Array(body.utf8))
        #expect(revoked.json["code"] as? Int == 200)
        let call = await h.get(.real, .price, trID: "FHKST01010100", token: token, query: quoteQuery("005930"))
        #expect(call.code == "EGW00121")
        #expect(await h.token(.real) != token, "a revoked token is not handed out again")
    }

    @Test func controlRevocationInvalidatesTokens() async throws {
        let h = try SimHarness()
        let token = await h.token(.paper)
        await h.control.revokeTokens(side: .paper)
        #expect(
            await h.get(.paper, .price, trID: "FHKST01010100", token: token, query: quoteQuery("005930")).code
                == "EGW00121")
    }

    @Test func tokenOfTheOtherSideIsInvalid() async throws {
        let h = try SimHarness()
        let paperToken = await h.token(.paper)
        let reply = await h.get(.real, .price, trID: "FHKST01010100", token: paperToken, query: quoteQuery("005930"))
        #expect(reply.status == 500)
        #expect(reply.code == "EGW00121")
    }

    @Test func missingOrMalformedAuthorizationIsRefused() async throws {
        let h = try SimHarness()
        var headers = h.headers(.real, token: "x", trID: "FHKST01010100")
        headers["authorization"] = nil
        let path = TROperation.price.path
        let query = SimHarness.encode(quoteQuery("005930"))
        #expect(await h.send(.real, "GET", path, query: query, headers: headers).code == "EGW00122")
        headers["authorization"] = "Basic abc"
        #expect(await h.send(.real, "GET", path, query: query, headers: headers).code == "EGW00205")
    }

    @Test func unknownKeyOrSecretIsRefused() async throws {
        let h = try SimHarness()
        let badKey = await h.tokenReply(.real, appKey: "sim-nobody")
        #expect(badKey.status == 403)
        #expect(badKey.code == "EGW00103")
        #expect(await h.tokenReply(.real, appSecret: "sim-wrong-secret").code == "EGW00105")
        let paperKey = h.credentials(.paper).appKey
        #expect(await h.tokenReply(.real, appKey: paperKey).code == "EGW00103", "keys are per side")
        let token = await h.token(.real)
        var headers = h.headers(.real, token: token, trID: "FHKST01010100")
        headers["appkey"] = "sim-nobody"
        let reply = await h.send(
            .real, "GET", TROperation.price.path, query: SimHarness.encode(quoteQuery("005930")), headers: headers)
        #expect(reply.status == 500)
        #expect(reply.code == "EGW00103")
        #expect(reply.rtCode == "1")
    }

    @Test func hashkeyIsSHA256OfTheBody() async throws {
        let h = try SimHarness()
        let c = h.credentials(.paper)
        let body = #"{"CANO":"50123456","ORD_QTY":"5"}"#
        let reply = await h.send(
            .paper, "POST", "/uapi/hashkey", headers: ["appkey": c.appKey, "appsecret": c.appSecret],
            body: Array(body.utf8))
        #expect(reply.json["HASH"] as? String == SHA256.hex(Array(body.utf8)))
        #expect((reply.json["BODY"] as? [String: String])?["ORD_QTY"] == "5")
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }
}
