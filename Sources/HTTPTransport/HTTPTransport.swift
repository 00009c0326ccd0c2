/// The `HTTPTransport` module. See ARCHITECTURE.md for what it owns and what it may import.
package enum HTTPTransportModule {
    /// The module's name, for diagnostics.
    package static let name = "HTTPTransport"
}
