/// An error writing a synthetic CV corpus to disk.
public enum CorpusWriteError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The output folder could not be created or written to.
    case folder(path: String)
    /// A file in the corpus could not be written.
    case file(path: String)
    /// A DOCX package could not be built.
    case archive(file: String)
    /// A format name other than `txt`, `json` or `docx`.
    case unknownFormat(String)

    public var description: String {
        switch self {
        case .folder(let path): "\(path): cannot create or write to the corpus folder"
        case .file(let path): "\(path): cannot write the file"
        case .archive(let file): "\(file): cannot build the DOCX package"
        case .unknownFormat(let name): "unknown corpus format '\(name)' (use txt, json or docx)"
        }
    }
}
