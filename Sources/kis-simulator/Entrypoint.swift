import KISSimulator

@main
struct Entrypoint {
    static func main() async {
        print(KISSimulatorModule.name)
    }
}
