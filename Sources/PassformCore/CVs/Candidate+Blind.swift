extension Candidate {
    /// The candidate as blind screening shows it: no name, no contacts (personnummer, birth date, age, gender,
    /// e-mail, phone, address, links), and any of those that a fact's quoted line still holds replaced by `[…]`.
    public func blinded() -> Candidate {
        var names = (name ?? "").split(separator: " ").map(String.init).filter { $0.count >= 2 }
        names += contacts.emails + contacts.phones + contacts.links
        if let id = contacts.nationalID { names.append(id) }
        if let birthDate = contacts.birthDate { names.append(birthDate) }
        if let address = contacts.address { names.append(address) }
        func clean(_ span: SourceSpan) -> SourceSpan {
            SourceSpan(line: span.line, text: PersonalData.redacted(span.text, names: names))
        }
        var copy = self
        copy.name = nil
        copy.contacts = Contacts()
        copy.education = education.map { var e = $0; e.source = clean(e.source); return e }
        copy.employment = employment.map { var e = $0; e.source = clean(e.source); return e }
        copy.skills = skills.map { var e = $0; e.source = clean(e.source); return e }
        copy.languages = languages.map { var e = $0; e.source = clean(e.source); return e }
        copy.licences = licences.map { var e = $0; e.source = clean(e.source); return e }
        copy.certifications = certifications.map { var e = $0; e.source = clean(e.source); return e }
        copy.laws = laws.map { var e = $0; e.source = clean(e.source); return e }
        copy.warnings = warnings.map { PersonalData.redacted($0, names: names) }
        return copy
    }
}
