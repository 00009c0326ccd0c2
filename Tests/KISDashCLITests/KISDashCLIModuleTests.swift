import Testing
@testable import KISDashCLI

@Suite struct KISDashCLIModuleTests {
    @Test func moduleIsNamed() { #expect(KISDashCLIModule.name == "KISDashCLI") }
}
