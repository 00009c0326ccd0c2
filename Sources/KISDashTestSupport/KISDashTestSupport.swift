/// The `KISDashTestSupport` module. See ARCHITECTURE.md for what it owns and what it may import.
package enum KISDashTestSupportModule {
    /// The module's name, for diagnostics.
    package static let name = "KISDashTestSupport"
}
