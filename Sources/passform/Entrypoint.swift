import ArgumentParser
import PassformCLI

@main
struct Entrypoint {
    static func main() { PassformCommand.main() }
}
