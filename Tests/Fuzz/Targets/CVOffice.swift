// Fuzz target `cv-office`: any bytes as a DOCX or ODT CV (SafeArchive limits, the in-memory ZipDirectory, libxml2, OfficeText).
// The file has no extension, so the format comes from the bytes, as for an attachment of unknown type.
import Foundation
import PassformCore
import PassformFormats

private let reader = CVReader()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    do {
        _ = try reader.read(data, file: "attachment", asOf: YearMonth(year: 2026, month: 11))
    } catch is CVReadError, is CVParseError {
    } catch {
        fatalError("unexpected error \(type(of: error)): \(error)")
    }
    return 0
}
