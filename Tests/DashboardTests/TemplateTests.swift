import Dashboard
import Foundation
import Testing

@Suite struct TemplateTests {
    private static let committed = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("templates/dashboard.toml")

    @Test func theCommittedTemplateIsTheBuiltInDefault() throws {
        let text = try String(contentsOf: Self.committed, encoding: .utf8)
        #expect(try TemplateLoader.parse(text, source: "dashboard.toml") == .standard)
    }

    @Test func keysLeftOutKeepTheirDefaults() throws {
        let template = try TemplateLoader.parse("[page]\norientation = \"landscape\"\n", source: "t")
        #expect(template.landscape)
        #expect(template.colors == DashboardTemplate.standard.colors)
    }

    @Test(arguments: [
        ("[colors]\nup = \"red\"\n", "colors.up"),
        ("[page]\nsize = \"A3\"\n", "page.size"),
        ("[page]\nmargin = 200\n", "page.margin"),
        ("[fonts]\nsize = \"big\"\n", "fonts.size"),
        ("[sections]\norder = [\"summary\", \"news\"]\n", "sections.order"),
        ("[limits]\npie_slice = 3\n", "limits.pie_slice"),
        ("[colours]\nup = \"#FF0000\"\n", "colours"),
        ("[limits]\ncandles = \"yes\"\n", "limits.candles"),
    ])
    func aBadTemplateNamesTheKey(text: String, key: String) {
        #expect {
            _ = try TemplateLoader.parse(text, source: "bad.toml")
        } throws: { error in
            (error as? TemplateError)?.key == key && "\(error)".contains("bad.toml")
        }
    }

    @Test func aSyntaxErrorNamesTheLine() {
        #expect {
            _ = try TemplateLoader.parse("[page]\nsize = \n", source: "bad.toml")
        } throws: { error in "\(error)".contains("line 2") }
    }
}

@Suite struct FormatTests {
    @Test func compactAmountsUseManAndEok() {
        #expect(KoreanFormat.compact(123_456_789) == "1.2억")
        #expect(KoreanFormat.compact(200_000_000) == "2억")
        #expect(KoreanFormat.compact(34_500_000) == "3,450만")
        #expect(KoreanFormat.compact(-43_000) == "-4만")
        #expect(KoreanFormat.compact(9_800) == "9,800")
        #expect(KoreanFormat.compact(987_654_321_000) == "9,876.5억", "thousands of 억 carry a separator")
    }

    @Test func agesReadNaturally() {
        let now = Date(timeIntervalSince1970: 1_000_000)
        #expect(KoreanFormat.age(of: now, at: now) == "방금")
        #expect(KoreanFormat.age(of: now.addingTimeInterval(-7 * 60), at: now) == "7분 전")
        #expect(KoreanFormat.age(of: now.addingTimeInterval(-125 * 60), at: now) == "2시간 5분 전")
        #expect(KoreanFormat.age(of: now.addingTimeInterval(-3 * 86_400), at: now) == "3일 전")
    }

    @Test func ticksAreRoundAndInsideTheDomain() {
        let scale = LinearScale(domain: 97_300...102_900, range: 0...100)
        let ticks = scale.ticks(count: 4)
        #expect(ticks == [98_000, 100_000, 102_000])
        #expect(scale(97_300) == 0)
        #expect(LinearScale(domain: 5...5, range: 0...10).ticks(count: 4).isEmpty == false)
    }
}
