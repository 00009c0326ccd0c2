import Testing
@testable import LibPQ

@Suite struct LibPQModuleTests {
    @Test func moduleIsNamed() { #expect(LibPQModule.name == "LibPQ") }
}
