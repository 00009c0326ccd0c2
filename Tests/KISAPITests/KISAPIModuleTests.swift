import Testing
@testable import KISAPI

@Suite struct KISAPIModuleTests {
    @Test func moduleIsNamed() { #expect(KISAPIModule.name == "KISAPI") }
}
