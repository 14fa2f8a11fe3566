import ArgumentParser
import Foundation
import PassformFormats

/// `--profiles DIR`: where the role profiles are (default `./Profiles`, or `PASSFORM_PROFILES`).
struct ProfileOptions: ParsableArguments {
    @Option(help: "The folder of role profiles (default: ./Profiles, or $PASSFORM_PROFILES).", completion: .directory)
    var profiles: String?

    var store: ProfileStore {
        let path = profiles ?? ProcessInfo.processInfo.environment["PASSFORM_PROFILES"] ?? "Profiles"
        return ProfileStore(folder: URL(fileURLWithPath: path))
    }
}
