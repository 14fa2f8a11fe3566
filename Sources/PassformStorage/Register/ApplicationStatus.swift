/// Where an application stands: received → screened → interview → offer → hired, or closed as rejected or withdrawn.
package enum ApplicationStatus: String, Sendable, Codable, CaseIterable, Comparable {
    case received, screened, interview, offer, hired, rejected, withdrawn

    /// The order of the open steps, for messages.
    package static let flow = "received → screened → interview → offer → hired | rejected | withdrawn"

    private var step: Int {
        switch self {
        case .received: 0
        case .screened: 1
        case .interview: 2
        case .offer: 3
        case .hired, .rejected, .withdrawn: 4
        }
    }

    /// Hired, rejected or withdrawn: nothing more happens to the application.
    package var isClosed: Bool { step == 4 }

    /// Whether the application may move from `self` to `next`: forward along the flow (steps may be skipped),
    /// or to rejected or withdrawn from any open status; a closed application never moves.
    package func canMove(to next: ApplicationStatus) -> Bool {
        !isClosed && next.step > step
    }

    package static func < (lhs: Self, rhs: Self) -> Bool {
        lhs.step != rhs.step ? lhs.step < rhs.step : lhs.rawValue < rhs.rawValue
    }
}
