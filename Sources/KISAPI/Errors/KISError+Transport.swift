import HTTPTransport

extension KISError {
    /// Wraps a transport failure: timeouts stay `.timeout`, everything else becomes `.transport`.
    init(
        transportError error: HTTPTransportError, operation: String, function: String = #function,
        file: String = #fileID, line: Int = #line
    ) {
        let code: Code = error.code == .timeout ? .timeout : .transport
        self.init(
            code, error.message, operation: operation, underlying: error, function: function, file: file, line: line)
    }
}
