/// The `KISAPI` module. See ARCHITECTURE.md for what it owns and what it may import.
package enum KISAPIModule {
    /// The module's name, for diagnostics.
    package static let name = "KISAPI"
}
