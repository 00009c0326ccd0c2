import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Reading a secret from the terminal without echoing it.
enum Terminal {
    /// Prints `prompt` on stderr and reads one line from stdin with echo off; nil at end of input.
    static func readSecret(prompt: String) -> String? {
        try? FileHandle.standardError.write(contentsOf: Data(prompt.utf8))
        var saved = termios()
        let hasTerminal = tcgetattr(0, &saved) == 0
        if hasTerminal {
            var quiet = saved
            quiet.c_lflag &= ~tcflag_t(ECHO)
            tcsetattr(0, TCSAFLUSH, &quiet)
        }
        defer {
            if hasTerminal { tcsetattr(0, TCSAFLUSH, &saved) }
            try? FileHandle.standardError.write(contentsOf: Data("\n".utf8))
        }
        return readLine(strippingNewline: true)
    }
}
