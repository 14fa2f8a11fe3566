import Foundation
import PassformCore
import PassformFormats
import Testing

/// Limits as a person writes them (`cv-bytes=48M`), reaching every reader, and one clear line for a bad setting.
struct InputLimitSettingsTests {
    @Test func setsEveryLimitByName() throws {
        var settings = InputLimitSettings()
        try settings.apply(
            "cv-bytes=48M, posting-bytes=2M yaml-bytes=512K,yaml-nodes=5000,markup-depth=64,archive-bytes=1G,"
                + "archive-part-bytes=100M,archive-parts=50,archive-ratio=20,line-bytes=40000")
        #expect(settings.input.cvBytes == 48 << 20)
        #expect(settings.input.postingBytes == 2 << 20)
        #expect(settings.input.yamlBytes == 512 << 10)
        #expect(settings.input.yamlNodes == 5_000)
        #expect(settings.input.markupDepth == 64)
        #expect(settings.input.archiveTotalBytes == 1 << 30)
        #expect(settings.input.archivePartBytes == 100 << 20)
        #expect(settings.input.archiveParts == 50)
        #expect(settings.input.archiveRatio == 20)
        #expect(settings.text.lineBytes == 40_000)
        #expect(Set(InputLimitSettings.names.map(\.name)).count == 10)
    }

    @Test func anEmptySettingChangesNothing() throws {
        var settings = InputLimitSettings()
        try settings.apply("  ")
        #expect(settings == InputLimitSettings())
    }

    @Test func theReadersGetTheLimits() throws {
        var settings = InputLimitSettings()
        try settings.apply("cv-bytes=1K,line-bytes=30,posting-bytes=2K")
        #expect(settings.cvReader.maximumSize == 1_024)
        #expect(settings.cvReader.textParser.limits.lineBytes == 30)
        #expect(settings.postingReader.limits.postingBytes == 2_048)
        #expect(settings.postingReader.textLimits.lineBytes == 30)
        let text = "Anna Andersson\nEkonomiassistent på Kommunen med kundreskontra och leverantörsreskontra\n"
        let error = try #require(throws: CVParseError.self) {
            try settings.cvReader.read(Data(text.utf8), file: "cv.txt", asOf: YearMonth(year: 2026, month: 11))
        }
        #expect(error.description.contains("over the line-bytes limit of 30 for one line"))
    }

    @Test(arguments: [
        ("cv-bytes", "limit 'cv-bytes' is not of the form name=value, such as cv-bytes=48M"),
        ("cv-byte=4M", "there is no limit called 'cv-byte'; the limits are cv-bytes, posting-bytes, yaml-bytes, yaml-nodes, markup-depth, archive-bytes, archive-part-bytes, archive-parts, archive-ratio, line-bytes"),
        ("cv-bytes=lots", "limit cv-bytes needs a positive whole number (K, M or G allowed, as 48M), got 'lots'"),
        ("cv-bytes=0", "limit cv-bytes needs a positive whole number (K, M or G allowed, as 48M), got '0'"),
        ("cv-bytes=99999999999G", "limit cv-bytes needs a positive whole number (K, M or G allowed, as 48M), got '99999999999G'"),
        ("archive-parts=5K", "limit archive-parts needs a positive whole number, got '5K'"),
    ])
    func refusesABadSettingInOneLine(setting: String, message: String) {
        var settings = InputLimitSettings()
        let error = #expect(throws: InputLimitSettingsError.self) { try settings.set(setting) }
        #expect(error?.description == message)
        #expect(settings == InputLimitSettings())
    }
}
