import Dashboard
import Foundation
import KISDashTestSupport
import PortfolioModel
import Testing

/// The failed-sync banner (issue 12 §2): shown when the newest sync failed, however fresh the data is.
@Suite struct SyncFailureBannerTests {
    static let moment = SampleDashboard.moment

    static func data(failure: SyncFailureNotice?) -> DashboardData {
        var data = SampleDashboard().make()
        data.syncFailure = failure
        return data
    }

    @Test func aFailedSyncPutsTheBannerOnEveryPageEvenWhenTheDataIsFresh() {
        let notice = SyncFailureNotice(
            failedAt: Self.moment, lastSuccessAt: Self.moment.addingTimeInterval(-30 * 60),
            reason: "balance: KISError.timeout: inquire-balance")
        let document = DashboardLayout.approximate().layout(Self.data(failure: notice))
        let line = "동기화 실패 (10:30 KST) · 마지막 정상 동기화 10:00 KST · balance: KISError.timeout: inquire-balance"
        #expect(document.pages.allSatisfy { $0.texts.contains(line) })
        #expect(!document.allTexts.contains { $0.hasPrefix("STALE") }, "one banner, the failure wins")
        let fresh = DashboardLayout.approximate().layout(Self.data(failure: nil))
        #expect(!fresh.allTexts.contains { $0.hasPrefix("동기화 실패") })
    }

    @Test func aLongReasonIsCutToFitTheBanner() {
        let notice = SyncFailureNotice(
            failedAt: Self.moment, lastSuccessAt: nil, reason: String(repeating: "minute bars failed again ", count: 20)
        )
        let layout = DashboardLayout.approximate()
        let page = layout.layout(Self.data(failure: notice)).pages[0]
        let banner = page.texts.first { $0.hasPrefix("동기화 실패") }
        #expect(banner?.hasPrefix("동기화 실패 (10:30 KST) · 정상 동기화 기록 없음 · minute bars failed again") == true)
        #expect(banner?.hasSuffix("…") == true)
        for case .text(let text, let style, _, let origin) in page.commands where text == banner {
            let width = ApproximateMeasurer().measure(text, style: style).width
            #expect(origin.x + width <= page.width - DashboardTemplate.standard.margin, "the text stays in the banner")
        }
    }

    @Test(arguments: [
        ("account 50123456-01 refused", "account ********-01 refused"),
        ("call 01012345678 now", "call *********** now"),
        ("HTTP 500 after 2 retries\nat 10:30", "HTTP 500 after 2 retries at 10:30"),
        ("ends in 123456789", "ends in *********"),
    ])
    func theReasonIsOneLineWithLongDigitRunsMasked(reason: String, shown: String) {
        #expect(SyncFailureNotice(failedAt: Self.moment, lastSuccessAt: nil, reason: reason).reason == shown)
    }
}
