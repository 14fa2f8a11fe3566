// Fuzz target `europass`: any bytes as a Europass XML CV (MarkupParser's XML path, EuropassParser).
import Foundation
import PassformCore
import PassformFormats

private let reader = CVReader()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    do {
        _ = try reader.read(data, file: "cv.xml", asOf: YearMonth(year: 2026, month: 11))
    } catch is CVReadError, is CVParseError {
    } catch {
        fatalError("unexpected error \(type(of: error)): \(error)")
    }
    return 0
}
