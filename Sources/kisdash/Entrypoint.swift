import KISDashCLI

@main
struct Entrypoint {
    static func main() async {
        print(KISDashCLIModule.name)
    }
}
