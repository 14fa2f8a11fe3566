// Fuzz target `profile-document`: any bytes as a role-profile source document (RoleProfileDocumentParser,
// RequirementParser on every requirement line).
import Foundation
import PassformCore

private let parser = RoleProfileDocumentParser()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let text = TextDecoding.decode(Data(bytes: start, count: count)).text
    _ = parser.parse(text)
    return 0
}
