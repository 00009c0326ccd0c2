import KISDashCLI

@main
struct Entrypoint {
    static func main() async {
        await KISDash.runFromCommandLine()
    }
}
