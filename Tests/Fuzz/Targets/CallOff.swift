// Fuzz target `calloff`: any bytes as a call-off file with bids (CallOffFile, Yams, RequirementParser).
import Foundation
import PassformCore
import PassformFormats

private let file = CallOffFile()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let text = TextDecoding.decode(Data(bytes: start, count: count)).text
    do {
        _ = try file.parse(text, path: "calloff.yaml")
    } catch is CallOffFileError {
    } catch {
        fatalError("unexpected error \(type(of: error)): \(error)")
    }
    return 0
}
