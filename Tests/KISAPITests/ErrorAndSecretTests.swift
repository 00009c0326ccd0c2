import Foundation
import HTTPTransport
import KISDashTestSupport
import PortfolioModel
import Testing

@testable import KISAPI

/// Malformed answers fail loudly; secrets never reach error descriptions or logs.
@Suite struct ErrorAndSecretTests {
    static let secrets = [Harness.appKey, Harness.appSecret, "12345678", "eyJ0eXAiOiJKV1Qi"]

    @Test func malformedNumberNamesOperationRowAndField() async throws {
        let h = try Harness()
        h.transport.script(
            "inquire-balance",
            try .fixture("inquire-balance", trCont: "D") {
                $0.replacingOccurrences(of: #""hldg_qty": "20""#, with: #""hldg_qty": "12a""#)
            })
        let error = await #expect(throws: KISError.self) { _ = try await h.client().fetchBalance() }
        #expect(error?.code == .invalidField)
        #expect(error?.message == #"inquire-balance output1[1].hldg_qty: "12a" is not a number"#)
        #expect(error?.description.contains(#"inquire-balance output1[1].hldg_qty: "12a" is not a number"#) == true)
    }

    @Test func emptyNumberIsAnErrorNotZero() async throws {
        let h = try Harness()
        h.transport.script(
            "inquire-balance",
            try .fixture("inquire-balance", trCont: "D") {
                $0.replacingOccurrences(of: #""dnca_tot_amt": "3521400""#, with: #""dnca_tot_amt": """#)
            })
        let error = await #expect(throws: KISError.self) { _ = try await h.client().fetchBalance() }
        #expect(error?.code == .invalidField)
        #expect(error?.message.contains(#"output2[0].dnca_tot_amt: "" is not a number"#) == true)
    }

    @Test func missingEnvelopeIsAClearError() async throws {
        let h = try Harness()
        // An unreadable reply is retried (bounded, like a timeout), then reported as what it is.
        h.transport.script("inquire-price", repeatLast: true, .json(#"{"output":{"stck_prpr":"62400"}}"#))
        let error = await #expect(throws: KISError.self) {
            _ = try await h.client().fetchQuote(try #require(StockCode("005930")))
        }
        #expect(error?.code == .malformedResponse)
        #expect(error?.message.contains("rt_cd") == true)
        #expect(error?.message.contains("gave up after 2 retries") == true)
    }

    @Test func unknownFieldsAreIgnored() async throws {
        let h = try Harness()
        h.transport.script(
            "inquire-balance",
            try .fixture("inquire-balance", trCont: "D") { text in
                text.replacingOccurrences(of: #""pdno":"#, with: #""new_field_2026": {"nested": [1, 2]}, "pdno":"#)
                    .replacingOccurrences(of: #""rt_cd":"#, with: #""extra_top": 42, "rt_cd":"#)
                    .replacingOccurrences(of: #""dnca_tot_amt":"#, with: #""added_amt": "7", "dnca_tot_amt":"#)
            })
        let balance = try await h.client().fetchBalance()
        #expect(balance.holdings.count == 2)
        #expect(balance.summary.deposit == KRW(3_521_400))
    }

    @Test func errorDescriptionsCarryNoSecrets() async throws {
        let h = try Harness()
        h.transport.script(
            "inquire-balance", Harness.kisError("OPSQ2000", "ERROR : INPUT INVALID_CHECK_ACNO 12345678", status: 200))
        h.transport.script("inquire-price", repeatLast: true, .timeout)
        let client = h.client()
        var descriptions: [String] = []
        do { _ = try await client.fetchBalance() } catch { descriptions.append("\(error)") }
        do { _ = try await client.fetchQuote(try #require(StockCode("005930"))) } catch {
            descriptions.append("\(error)")
        }
        descriptions.append("\(client.configuration)")
        descriptions.append(String(reflecting: client.configuration))
        var dumped = ""
        dump(client.configuration, to: &dumped)
        descriptions.append(dumped)
        #expect(descriptions.count == 5)
        for text in descriptions {
            for secret in Self.secrets {
                #expect(!text.contains(secret), "\(secret.prefix(6))… leaked in \(text)")
            }
            #expect(!text.contains("CANO="))
        }
        #expect(descriptions[0].contains("1234****"))
    }

    @Test func logsCarryNoSecretsEvenAtTrace() async throws {
        let h = try Harness()
        let capture = LogCapture()
        let transport = LoggingTransport(wrapping: h.transport, logger: capture.logger())
        h.transport.script("inquire-balance", try .fixture("inquire-balance", trCont: "D"))
        h.transport.script("inquire-daily-ccld", try .fixture("inquire-daily-ccld", trCont: "D"))
        let client = h.client(transport: transport, logger: capture.logger())
        _ = try await client.fetchBalance()
        _ = try await client.fetchDailyOrders(on: try #require(TradeDate("20250715")))
        let text = capture.text
        #expect(text.contains("/uapi/domestic-stock/v1/trading/inquire-balance"))
        #expect(text.contains("/oauth2/tokenP"))
        #expect(text.contains("***"))
        for secret in Self.secrets {
            #expect(!text.contains(secret), "\(secret.prefix(6))… leaked into the log")
        }
    }

    @Test func messageCodesMapToErrorCodes() {
        let table: [(String, KISError.Code)] = [
            ("EGW00201", .rateLimited), ("EGW00215", .rateLimited), ("EGW00123", .tokenExpired),
            ("EGW00121", .tokenInvalid), ("EGW00122", .tokenInvalid), ("EGW00205", .tokenInvalid),
            ("EGW00133", .tokenIssueTooFrequent), ("EGW00103", .invalidAppKey), ("EGW00105", .invalidAppKey),
            ("EGW2004", .notPaperTR), ("OPSQ0002", .unknownService), ("SYDB0050", .dataChangedWhilePaging),
            ("EGW00001", .serverUnavailable), ("MCA05918", .rejected), ("APBK0918", .rejected),
        ]
        for (messageCode, code) in table {
            #expect(KISError.Code(messageCode: messageCode) == code, "\(messageCode)")
        }
        #expect(KISError.Code(messageCode: "SYDB9999", text: "조회이후에 자료가 변경되었습니다.") == .dataChangedWhilePaging)
    }

    @Test func serverTextIsTrimmedAndLongDigitRunsMasked() {
        #expect(KISError.sanitizedServerText("조회가 완료되었습니다     ") == "조회가 완료되었습니다")
        #expect(KISError.sanitizedServerText("계좌 1234567801 오류") == "계좌 1234**** 오류")
        #expect(KISError.sanitizedServerText("주문 123 건") == "주문 123 건")
    }
}
