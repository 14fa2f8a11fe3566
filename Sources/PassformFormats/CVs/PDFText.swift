import Foundation

/// The text of a PDF, through `pdftotext -layout` from poppler-utils.
enum PDFText {
    /// The `pdftotext` executable on `PATH`, or nil.
    static func pdftotext() -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let url = URL(fileURLWithPath: String(folder)).appendingPathComponent("pdftotext")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return nil
    }

    /// Runs `pdftotext -layout -enc UTF-8 <file> -` and returns its text (form feeds become line breaks).
    /// - Throws: ``CVReadError`` when pdftotext is missing, fails, or finds no text.
    static func text(ofFileAt path: String, file: String) throws -> String {
        guard let tool = pdftotext() else { throw CVReadError.pdftotextMissing(file: file) }
        let process = Process()
        process.executableURL = tool
        process.arguments = ["-layout", "-enc", "UTF-8", "-q", path.hasPrefix("-") ? "./" + path : path, "-"]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        // `waitUntilExit()` polls the run loop in 50 ms steps on Linux, which a batch of PDFs waited out file by file;
        // the termination handler is called as soon as the child is reaped.
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        do {
            try process.run()
        } catch {
            throw CVReadError.pdftotextMissing(file: file)
        }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        exited.wait()
        switch process.terminationStatus {
        case 0: break
        case 1: throw CVReadError.pdfUnreadable(file: file, reason: "damaged, truncated or encrypted")
        case 3: throw CVReadError.pdfUnreadable(file: file, reason: "the PDF does not permit copying its text")
        default: throw CVReadError.pdfUnreadable(file: file, reason: "pdftotext exit code \(process.terminationStatus)")
        }
        let text = String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\u{0C}", with: "\n")
        if text.allSatisfy({ $0.isWhitespace }) { throw CVReadError.pdfWithoutText(file: file) }
        return text
    }

    /// The same, for bytes that are not in a file yet: they go to a private temporary file first.
    static func text(of data: Data, file: String) throws -> String {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("passform-\(UUID().uuidString).pdf")
        do {
            try data.write(to: url, options: [.atomic])
        } catch {
            throw CVReadError.pdfUnreadable(file: file, reason: "cannot write a temporary copy")
        }
        defer { try? FileManager.default.removeItem(at: url) }
        return try text(ofFileAt: url.path, file: file)
    }
}
