import Testing

@testable import PassformCLI

/// A folder's README is left out whatever its case, as lowercasing each name would decide.
struct InputFilesTests {
    @Test(arguments: [
        "README.md", "ReadMe.txt", "readme", "READMEs", "rEaDmE-notes.md", "read.me", "readm", "r", "", "Réadme.txt",
        "ÅREADME", "readme\u{301}.txt", "cv-000001.txt", "README\u{0130}",
    ])
    func readmeIsToldOnTheBytesAsLowercasingTellsIt(name: String) {
        #expect(InputFiles.isReadme(name) == name.lowercased().hasPrefix("readme"))
    }
}
