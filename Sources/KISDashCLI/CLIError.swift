import ArgumentParser

/// Errors the commands report themselves: a bad configuration (exit 64) or a failed operation (exit 1).
enum CLIError: Error, CustomStringConvertible {
    case configuration(String)
    case failed(String)

    var description: String {
        switch self {
        case .configuration(let m): return "configuration error: \(m)"
        case .failed(let m): return m
        }
    }

    var exitCode: ExitCode {
        switch self {
        case .configuration: return ExitCode(64)
        case .failed: return .failure
        }
    }
}
