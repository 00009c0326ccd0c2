import Testing
@testable import Storage

@Suite struct StorageModuleTests {
    @Test func moduleIsNamed() { #expect(StorageModule.name == "Storage") }
}
