import Foundation
import KISDashTestSupport
import PortfolioModel
import Testing
import Trading

@Suite struct ConfirmationCodeTests {
    @Test func codesUseNoLookAlikes() {
        let lookAlikes = Set("0O1IL2Z5S8BUVDQ")
        #expect(Set(ConfirmationCode.alphabet).isDisjoint(with: lookAlikes))
        for seed in 0..<200 {
            let code = ConfirmationCode.make(from: (0..<16).map { UInt8(truncatingIfNeeded: $0 * 37 + seed * 11) })
            #expect(code.count == 4 && code.allSatisfy { ConfirmationCode.alphabet.contains($0) })
        }
    }

    @Test func typedCodesAreNormalisedAndDigestsDependOnTheSalt() {
        #expect(ConfirmationCode.normalize("  xt9w\n") == "XT9W")
        #expect(ConfirmationCode.digest("xt9w", salt: "a") == ConfirmationCode.digest("XT9W", salt: "a"))
        #expect(ConfirmationCode.digest("XT9W", salt: "a") != ConfirmationCode.digest("XT9W", salt: "b"))
    }

    @Test func freshCodesDiffer() throws {
        let codes = try Set((0..<50).map { _ in try ConfirmationCode.make() })
        #expect(codes.count > 40)
    }
}

@Suite struct TradingPasswordTests {
    @Test func theFileHoldsASaltedHashWithMode0600() async throws {
        try await withTemporaryDirectory { dir in
            let store = TradingPassword(directory: dir, iterations: 1_000)
            try store.set("correct horse")
            let data = try #require(FileManager.default.contents(atPath: store.path))
            #expect(!String(decoding: data, as: UTF8.self).contains("correct horse"))
            let mode = try FileManager.default.attributesOfItem(atPath: store.path)[.posixPermissions] as? NSNumber
            #expect(mode?.intValue == 0o600)
            try store.verify("correct horse", now: Date())
        }
    }

    @Test func fiveWrongPasswordsLockTradingUntilTheLockoutEnds() async throws {
        try await withTemporaryDirectory { dir in
            let store = TradingPassword(directory: dir, iterations: 1_000)
            try store.set("correct horse")
            let t0 = Date(timeIntervalSince1970: 1_764_800_000)
            for _ in 1...5 { #expect(throws: TradingError.self) { try store.verify("wrong", now: t0) } }
            let locked = #expect(throws: TradingError.self) {
                try store.verify("correct horse", now: t0.addingTimeInterval(60))
            }
            #expect(locked?.message.contains("locked") == true)
            try store.verify("correct horse", now: t0.addingTimeInterval(15 * 60 + 1))
        }
    }

    @Test func shortPasswordsAndNoPasswordAreRefused() async throws {
        try await withTemporaryDirectory { dir in
            let store = TradingPassword(directory: dir, iterations: 1_000)
            #expect(throws: TradingError.self) { try store.verify("anything", now: Date()) }
            #expect(throws: TradingError.self) { try store.set("short") }
            #expect(!store.isSet)
        }
    }
}
