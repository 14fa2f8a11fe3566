import Foundation
import PassformCore

/// A job posting kept in the register: its id, its requirements as a screening target, and where it came from.
package struct StoredPosting: Sendable {
    /// The id people use (`--posting ID`): given when the posting is added, or made from the file name.
    package var id: String
    package var target: ScreeningTarget
    /// The posting's file name, when it was added from a file.
    package var fileName: String?
    /// The role profile the posting calls off, when it was added from one.
    package var profile: ProfileID?
    package var addedAt: Date
    package var addedBy: String

    package init(
        id: String, target: ScreeningTarget, fileName: String? = nil, profile: ProfileID? = nil, addedAt: Date,
        addedBy: String
    ) {
        self.id = id
        self.target = target
        self.fileName = fileName
        self.profile = profile
        self.addedAt = addedAt
        self.addedBy = addedBy
    }
}
