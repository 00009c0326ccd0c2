import Dashboard
import KISDashTestSupport
import PortfolioModel
import Testing

/// One word, one figure: shares say what they are a share of, changes and fees say whose figure they are.
@Suite struct LabelTests {
    @Test func sharesSayWhatTheyAreASharesOf() throws {
        let data = SampleDashboard().make()
        let texts = DashboardLayout.approximate().layout(data).allTexts
        #expect(texts.contains("비중(주식)"))
        #expect(!texts.contains("비중"))
        #expect(texts.contains("현금 비중 (총평가)"))
        // The diagnosis's 현금 비중: available cash over the total evaluation.
        let share = try #require(Percent.ratio(data.summary.availableCash.won, data.summary.totalEvaluation.won))
        #expect(texts.contains(KoreanFormat.share(share)))
    }

    @Test func theCardsChangeIsNamedAsTheTotalAssetsChange() {
        let texts = DashboardLayout.approximate().layout(SampleDashboard().make()).allTexts
        #expect(texts.contains("총자산 전일 대비"))
        #expect(!texts.contains("전일 대비"))
    }

    @Test func estimatedFeesSayHowTheyDifferFromKISsTotal() {
        let data = SampleDashboard().make()
        let texts = DashboardLayout.approximate().layout(data).allTexts
        let estimate = data.executions.reduce(KRW.zero) { $0 + $1.commission + $1.tax }
        let gap = KRW(abs((estimate - data.summary.todayFees).won))
        #expect(texts.contains { $0.contains("KIS 집계 제비용 1,412원과 \(KoreanFormat.won(gap)) 다릅니다") })
        var same = data
        same.summary.todayFees = estimate
        let agreed = DashboardLayout.approximate().layout(same).allTexts
        #expect(agreed.contains { $0.contains("KIS 집계 제비용과 같습니다") })
    }

    @Test func theDailyChartNamesItsWindowEvenForANewListing() {
        let texts = DashboardLayout.approximate().layout(DashboardScenario.sparse.make()).allTexts
        #expect(texts.contains("최근 10거래일 일봉 (자료 1일)"))
    }

    @Test func aLongAccountsDiagnosisShowsTheLargestHoldingsAndSaysWhatItLeftOut() {
        let document = DashboardLayout.approximate().layout(DashboardScenario.large.make())
        #expect(document.allTexts.contains("나머지 170종목의 코멘트는 생략했습니다 (전체: kisdash diagnose --print)."))
        let start = document.pages.firstIndex { $0.bookmarks.contains { $0.title == "AI 포트폴리오 진단" } } ?? 0
        #expect(document.pages.count - start <= 3, "the diagnosis takes \(document.pages.count - start) pages")
    }
}
