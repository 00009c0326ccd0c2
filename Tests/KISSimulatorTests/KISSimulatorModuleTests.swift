import Testing
@testable import KISSimulator

@Suite struct KISSimulatorModuleTests {
    @Test func moduleIsNamed() { #expect(KISSimulatorModule.name == "KISSimulator") }
}
