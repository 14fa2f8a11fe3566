import PassformCore

/// A job posting and its closest profiles as a person reads them.
enum PostingText {
    static func render(_ posting: JobPosting) -> String {
        var out = "\(posting.title)\n"
        var facts: [String] = []
        if let employer = posting.employer { facts.append("Employer: \(employer)") }
        if let location = posting.location { facts.append("Location: \(location)") }
        facts.append("Language: \(posting.language)")
        out += facts.joined(separator: "  ·  ") + "\n"
        if let salary = posting.salary { out += "Salary: \(describe(salary))\n" }
        if let deadline = posting.deadline { out += "Deadline: \(deadline)\n" }
        if let extent = posting.extent { out += "Extent: \(extent)\n" }
        out += list("Tasks", posting.tasks)
        out += requirements("Requirements", posting.requirements)
        out += requirements("Merits", posting.merits)
        out += list("Qualities", posting.qualities)
        return out
    }

    static func render(_ sections: [PostingSection]) -> String {
        var out = ""
        for section in sections {
            out += "[\(section.kind.rawValue)]\n" + section.items.map { "  - \($0)\n" }.joined()
        }
        return out
    }

    static func describe(_ salary: JobPosting.Salary) -> String {
        var amount = ""
        switch (salary.min, salary.max) {
        case (let min?, let max?) where min == max: amount = NumberFormatting.grouped(min)
        case (let min?, let max?): amount = NumberFormatting.grouped(min) + "–" + NumberFormatting.grouped(max)
        case (let min?, nil): amount = "from " + NumberFormatting.grouped(min)
        case (nil, let max?): amount = "up to " + NumberFormatting.grouped(max)
        case (nil, nil): return salary.text
        }
        if let currency = salary.currency { amount += " \(currency)" }
        if let period = salary.period { amount += " per \(period.rawValue)" }
        return amount + " (\(salary.text))"
    }

    private static func list(_ heading: String, _ items: [String]) -> String {
        guard !items.isEmpty else { return "" }
        return "\n\(heading):\n" + items.map { "  - \($0)\n" }.joined()
    }

    private static func requirements(_ heading: String, _ items: [Requirement]) -> String {
        guard !items.isEmpty else { return "" }
        var out = "\n\(heading):\n"
        for (i, requirement) in items.enumerated() {
            out += "  \(i + 1). \(requirement.text)\n"
            if case .anyOf(let alternatives) = requirement.condition {
                out += "     → one of:\n"
                for (k, alternative) in alternatives.enumerated() {
                    let letter = String(UnicodeScalar(UInt8(65 + k % 26)))
                    out += "       \(letter)) " + alternative.map(\.summary).joined(separator: "\n          AND ") + "\n"
                }
            } else {
                out += "     → \(requirement.summary)\n"
            }
        }
        return out
    }

    static func render(_ matches: [ProfileMatch], for posting: JobPosting) -> String {
        var out = "Closest role profiles to '\(posting.title)' (\(posting.language))\n\n"
        var table = TextTable(
            headers: ["rank", "profile", "score", "tasks", "requirements", "occupation"],
            alignments: [.right, .left, .right, .right, .right, .right])
        for (i, match) in matches.enumerated() {
            table.append([
                "\(i + 1)", match.profile.rawValue, NumberFormatting.fixed(match.score, decimals: 2),
                NumberFormatting.fixed(match.taskScore, decimals: 2), NumberFormatting.fixed(match.requirementScore, decimals: 2),
                NumberFormatting.fixed(match.occupationScore, decimals: 2),
            ])
        }
        out += table.rendered()
        for match in matches {
            out += "\n\(match.title) [\(match.profile)]\n"
            for task in match.sharedTasks {
                out += "  task: \(task.posting)  ↔  \(task.profile)  (\(task.concepts.joined(separator: ", ")))\n"
            }
            for requirement in match.sharedRequirements { out += "  requirement: \(requirement)\n" }
            if match.sharedTasks.isEmpty, match.sharedRequirements.isEmpty { out += "  nothing in common\n" }
        }
        return out
    }
}
