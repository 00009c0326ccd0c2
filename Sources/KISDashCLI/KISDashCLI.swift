/// The `KISDashCLI` module. See ARCHITECTURE.md for what it owns and what it may import.
package enum KISDashCLIModule {
    /// The module's name, for diagnostics.
    package static let name = "KISDashCLI"
}
