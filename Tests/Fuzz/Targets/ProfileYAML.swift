// Fuzz target `profile-yaml`: any bytes as a role-profile file in Profiles/ (ProfileStore.load, Yams, Codable).
// The store reads paths, so each input is written to one file in /dev/shm (or the temporary folder) first.
import Foundation
import PassformCore
import PassformFormats

private let path: String = {
    let folder = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
    return "\(folder)/passform-fuzz-\(getpid()).yaml"
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    guard FileManager.default.createFile(atPath: path, contents: data) else { fatalError("cannot write \(path)") }
    do {
        _ = try ProfileStore.load(path: path)
    } catch is ProfileStoreError {
    } catch {
        fatalError("unexpected error \(type(of: error)): \(error)")
    }
    return 0
}
