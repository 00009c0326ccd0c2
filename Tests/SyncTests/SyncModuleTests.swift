import Testing
@testable import Sync

@Suite struct SyncModuleTests {
    @Test func moduleIsNamed() { #expect(SyncModule.name == "Sync") }
}
