import Digest
import Foundation
import KISDashTestSupport
import Testing

@testable import KISSimulator

@Suite struct ExecutionNoticeTests {
    /// The composed frame of `examples/ws_frames.txt` decrypts with its key/IV to the documented text.
    @Test func specExampleDecryptsAndOurEncryptionMatchesIt() throws {
        let key = "k7Qp2Xz9Lm4Vb8Rt1Wy6Nc3Hs5Dj0Fg1"
        let iv = "3f9c1a7e5b2d4c80"
        let cipher =
            "zt9Hmtp4RFRwG2ULYfhyBWXhKvdECzRfUVXJjghclPifX+HUSJGGiY1zElXMVIZCcpm57QBUkkZZhcDe4IaIg448BdSN3C2vHJGRYBAVxYCXeZ9sK+TtzeW5N9rrAyd/n7O6zb0tT08QINaW+DpEq6sLhgkplKcNUAjjuVybQI2LxzCPDb7X3dv95bU3cMfQ"
        let plain =
            "myhtsid^1234567801^0000117342^^02^0^00^0^000660^0000000005^000280000^093011^0^1^1^06010^000000005^홍길동^^1^Y^^10^^SK하이닉스^000280000"
        #expect(try AES256CBC.decrypt(base64: cipher, key: key, iv: iv) == plain)
        #expect(try AES256CBC.encrypt(plain, key: key, iv: iv) == cipher)
        #expect(throws: AES256CBC.Failure.self) { try AES256CBC.decrypt(base64: cipher, key: "short", iv: iv) }
    }

    @Test func realOrderAcknowledgementAndFillsMatchDailyExecutions() async throws {
        try await withSimulator(scenario: OrderScenario.make()) { sim in
            let h = SimHarness(running: sim)
            let key = await h.approvalKey(.real)
            try await withWebSocket(sim.realWebSocketURL) { ws in
                let ack = try await ws.subscribe(key, "H0STCNI0", "ordersreal")
                #expect(ack.code == "OPSP0000" && ack.message == "SUBSCRIBE SUCCESS")
                #expect(ack.encrypt == "Y" && ack.key.count == 32 && ack.iv.count == 16)
                #expect(ack.header["tr_key"] as? String == "ordersreal")

                let odno = try #require(await h.order(.real, OrderScenario.thin, qty: 1_000, type: "01").orderNumber)
                let first = try await ws.notices(2, ack: ack)
                let accepted = first[0]
                #expect(accepted["CUST_ID"] == "ordersreal" && accepted["ACNT_NO"] == "6000000201")
                #expect(accepted["ODER_NO"] == odno && accepted["OODER_NO"] == "")
                #expect(accepted["CNTG_YN"] == "1" && accepted["ACPT_YN"] == "1" && accepted["RFUS_YN"] == "0")
                #expect(
                    accepted["RCTF_CLS"] == "0" && accepted["SELN_BYOV_CLS"] == "02" && accepted["ODER_KIND"] == "01")
                #expect(accepted["CNTG_QTY"] == "0000001000" && accepted["ODER_QTY"] == "000001000")
                #expect(accepted["CNTG_UNPR"] == "000000000" && accepted["BRNC_NO"] == "06010")
                #expect(accepted["ORD_EXG_GB"] == "1" && accepted["CNTG_ISNM40"] == "저유동테스트")
                #expect(accepted["STCK_CNTG_HOUR"] == "103000" && accepted.fields.count == 26)
                #expect(first[1].isFill && first[1]["ACPT_YN"] == "2" && first[1]["ODER_NO"] == odno)

                await h.control.advanceClock(bySeconds: 300)
                let row = try #require(await h.execution(.real, odno))
                let total = int(row["tot_ccld_qty"])
                var fills = [first[1]]
                while fills.reduce(0, { $0 + int($1["CNTG_QTY"]) }) < total {
                    fills += try await ws.notices(1, ack: ack)
                }
                #expect(fills.allSatisfy { $0.isFill && $0["CNTG_QTY"].count == 10 && $0["CNTG_UNPR"].count == 9 })
                #expect(fills.reduce(0) { $0 + int($1["CNTG_QTY"]) } == total)
                let amount = fills.reduce(0) { $0 + int($1["CNTG_QTY"]) * int($1["CNTG_UNPR"]) }
                #expect(amount == int(row["tot_ccld_amt"]))
                #expect(fills.last?["STCK_CNTG_HOUR"] == row["infm_tmd"] as? String)
                #expect(fills.allSatisfy { int($0["ODER_QTY"]) == int(row["ord_qty"]) })
                #expect(
                    try await ws.drain(queuedBy: sim.control).isEmpty, "nothing more than the fills the inquiry shows")
            }
        }
    }

    @Test func paperUsesH0STCNI9AndItsOwnAccount() async throws {
        try await withSimulator(scenario: OrderScenario.make()) { sim in
            let h = SimHarness(running: sim)
            let key = await h.approvalKey(.paper)
            try await withWebSocket(sim.paperWebSocketURL) { ws in
                #expect(try await ws.subscribe(key, "H0STCNI0", "orderspaper").code == "OPSP8991")
                let ack = try await ws.subscribe(key, "H0STCNI9", "orderspaper")
                #expect(ack.code == "OPSP0000" && ack.encrypt == "Y")
                let odno = try #require(await h.order(.paper, OrderScenario.big, qty: 5, type: "01").orderNumber)
                let frame = try await ws.nextData()
                #expect(frame.hasPrefix("1|H0STCNI9|001|"))
                let accepted = try NoticeRecord(frame: frame, key: ack.key, iv: ack.iv)
                #expect(accepted["ACNT_NO"] == "5000000201" && accepted["BRNC_NO"] == "00950")
                let fill = try #require(try await ws.notices(1, ack: ack).first)
                let row = try #require(await h.execution(.paper, odno))
                #expect(fill["ODER_NO"] == odno && fill["CNTG_QTY"] == "0000000005")
                #expect(int(fill["CNTG_UNPR"]) == int(row["avg_prvs"]))
            }
        }
    }

    @Test func cancelAndIOCRemainderAndRefusedOrders() async throws {
        try await withSimulator(scenario: OrderScenario.make()) { sim in
            let h = SimHarness(running: sim)
            let key = await h.approvalKey(.real)
            try await withWebSocket(sim.realWebSocketURL) { ws in
                let ack = try await ws.subscribe(key, "H0STCNI0", "ordersreal")
                let resting = try #require(await h.order(.real, OrderScenario.thin, qty: 10, price: 7_000).orderNumber)
                #expect(try await ws.notices(1, ack: ack)[0]["CNTG_UNPR"] == "000007000")
                let cancel = await h.post(
                    .real, .amendCancel, trID: "TTTC0013U", token: await h.token(.real),
                    body: cancelBody(h, .real, resting))
                let cancelNumber = try #require(cancel.orderNumber)
                let cancelled = try await ws.notices(1, ack: ack)[0]
                #expect(cancelled["RCTF_CLS"] == "2" && cancelled["CNTG_YN"] == "1" && cancelled["ACPT_YN"] == "1")
                #expect(cancelled["ODER_NO"] == cancelNumber && cancelled["OODER_NO"] == resting)
                #expect(cancelled["CNTG_QTY"] == "0000000010")

                let ioc = try #require(
                    await h.order(.real, OrderScenario.thin, qty: 1_000, price: 12_970, type: "11").orderNumber)
                let records = try await ws.notices(3, ack: ack)
                #expect(records.map { $0["ACPT_YN"] } == ["1", "2", "3"])
                #expect(records.allSatisfy { $0["ODER_NO"] == ioc && $0["ODER_COND"] == "1" })
                let row = try #require(await h.execution(.real, ioc))
                #expect(int(records[1]["CNTG_QTY"]) == int(row["tot_ccld_qty"]))
                #expect(int(records[2]["CNTG_QTY"]) == int(row["cncl_cfrm_qty"]))

                let refused = await h.order(.real, OrderScenario.thin, qty: 1, price: 99_999)
                #expect(refused.orderNumber == nil)
                #expect(try await ws.drain(queuedBy: sim.control).isEmpty, "no notice for a REST-refused order")
            }
        }
    }

    @Test func runningClockFillsAreNoticedWithoutAnyRequest() async throws {
        try await withSimulator(scenario: OrderScenario.make()) { sim in
            let h = SimHarness(running: sim)
            let key = await h.approvalKey(.real)
            try await withWebSocket(sim.realWebSocketURL) { ws in
                let ack = try await ws.subscribe(key, "H0STCNI0", "ordersreal")
                _ = try #require(await h.order(.real, OrderScenario.thin, qty: 1_000, type: "01").orderNumber)
                _ = try await ws.notices(2, ack: ack)
                await h.control.setSpeed(300)
                let later = try await ws.notices(1, ack: ack, within: 45)
                #expect(later[0].isFill)
                await h.control.setSpeed(0)
            }
        }
    }
}
