/// The words the corpus generator writes CVs with: titles, employers, schools, duties, systems and headings
/// in Swedish, Norwegian, Danish and English, as real CVs in public-sector back-office work use them.
///
/// The tables are the generator's own, kept apart from the parser's vocabulary, so that the corpus measures
/// the vocabulary rather than echoing it.
enum CorpusPhrases {
    typealias Language = SyntheticCV.Language

    // MARK: - Occupations

    /// An occupation a career can be built around: its titles per language, duties, and the systems and
    /// education that go with it.
    struct Occupation {
        var id: OccupationID?
        var weight: Int
        var titles: [Language: [String]]
        var duties: [Language: [String]]
        /// Canonical system names the work uses.
        var systems: [String]
        /// Education fields the people in it have studied, with the most usual level.
        var fields: [EducationField?]
        var levels: [EducationLevel]
    }

    static let occupations: [Occupation] = [
        Occupation(
            id: "ekonomiassistent", weight: 30,
            titles: [
                .swedish: ["Ekonomiassistent", "Redovisningsassistent", "Ekonomiadministratör", "Reskontraassistent", "Fakturahandläggare", "Ekonomihandläggare"],
                .norwegian: ["Regnskapsmedarbeider", "Økonomimedarbeider", "Regnskapskonsulent", "Økonomiassistent", "Fakturamedarbeider"],
                .english: ["Accounts Payable Clerk", "Finance Assistant", "Accounts Assistant", "Accounts Receivable Clerk", "Bookkeeper"],
                .danish: ["Regnskabsassistent", "Bogholder", "Økonomiassistent", "Kreditorbogholder"],
            ],
            duties: [
                .swedish: ["Leverantörsreskontra, kontering och attestflöden", "Kundfakturering och påminnelser", "Avstämningar av bank och konton", "Löpande bokföring och momsredovisning", "Medverkan i månads- och årsbokslut"],
                .norwegian: ["Fakturering, kundereskontro og purringer", "Bilagsføring og avstemminger", "Leverandørreskontro og betalinger", "Bistand ved måneds- og årsoppgjør"],
                .english: ["Invoice processing and supplier payments", "Month-end reconciliations", "Purchase ledger and expense claims", "Sales ledger and credit control"],
                .danish: ["Kreditorbogholderi og betalinger", "Fakturering og rykkere", "Afstemning af bank og konti", "Bistand ved måneds- og årsafslutning"],
            ],
            systems: ["Agresso", "Raindance", "Visma", "Fortnox", "SAP", "Microsoft Dynamics", "Proceedo"],
            fields: ["ekonomi", "ekonomi", "ekonomi", nil], levels: [.gymnasium, .gymnasium, .yrkeshogskola, .hogskola]),
        Occupation(
            id: "redovisningsekonom", weight: 8,
            titles: [
                .swedish: ["Redovisningsekonom", "Redovisningsspecialist", "Redovisningskonsult"],
                .norwegian: ["Regnskapsfører", "Autorisert regnskapsfører", "Regnskapsøkonom"],
                .english: ["Accountant", "Financial Accountant", "Senior Accountant"],
                .danish: ["Regnskabskonsulent", "Regnskabsøkonom", "Senior regnskabsmedarbejder"],
            ],
            duties: [
                .swedish: ["Bokslut och koncernrapportering", "Huvudbok, periodiseringar och avstämningar", "Moms- och skattedeklarationer"],
                .norwegian: ["Årsoppgjør og rapportering", "Hovedbok og periodisering", "MVA-meldinger og avstemminger"],
                .english: ["Year-end accounts and group reporting", "General ledger and accruals", "VAT returns and reconciliations"],
                .danish: ["Årsregnskab og rapportering", "Hovedbog og periodisering", "Momsindberetning og afstemninger"],
            ],
            systems: ["Agresso", "Raindance", "SAP", "Visma", "Power BI", "Hypergene"],
            fields: ["ekonomi"], levels: [.hogskola, .yrkeshogskola, .master]),
        Occupation(
            id: "controller", weight: 4,
            titles: [
                .swedish: ["Controller", "Ekonomicontroller", "Verksamhetscontroller"],
                .norwegian: ["Controller", "Økonomicontroller"],
                .english: ["Financial Controller", "Business Controller", "Controller"],
                .danish: ["Controller", "Økonomicontroller"],
            ],
            duties: [
                .swedish: ["Budget, prognoser och uppföljning", "Analys och rapportering till ledningen"],
                .norwegian: ["Budsjett, prognoser og oppfølging", "Analyse og rapportering til ledelsen"],
                .english: ["Budgeting, forecasting and variance analysis", "Management reporting"],
                .danish: ["Budget, prognoser og opfølgning", "Analyse og ledelsesrapportering"],
            ],
            systems: ["Agresso", "SAP", "QlikView", "Power BI", "Hypergene"],
            fields: ["ekonomi"], levels: [.hogskola, .master]),
        Occupation(
            id: "loneadministrator", weight: 7,
            titles: [
                .swedish: ["Löneadministratör", "Lönehandläggare", "Lönekonsult", "Lönespecialist"],
                .norwegian: ["Lønnsmedarbeider", "Lønnskonsulent", "Lønnsansvarlig"],
                .english: ["Payroll Administrator", "Payroll Officer", "Payroll Specialist"],
                .danish: ["Lønadministrator", "Lønbogholder", "Lønkonsulent"],
            ],
            duties: [
                .swedish: ["Löneberäkning och lönekörning för 1 200 anställda", "Semesterberäkning och avvikelserapportering", "Arbetsgivardeklarationer och kontrolluppgifter"],
                .norwegian: ["Lønnskjøring og a-melding", "Reiseregninger og feriepenger", "Sykepengerefusjon fra NAV"],
                .english: ["Monthly payroll for 900 staff", "Pension and tax deductions", "Payroll reconciliations"],
                .danish: ["Lønkørsel og indberetning til eIndkomst", "Ferieregnskab og sygedagpengerefusion"],
            ],
            systems: ["Heroma", "Hogia", "Personec P", "Agda", "Huldt & Lillevik"],
            fields: ["personal", "ekonomi", nil], levels: [.yrkeshogskola, .gymnasium, .hogskola]),
        Occupation(
            id: "personaladministrator", weight: 5,
            titles: [
                .swedish: ["Personaladministratör", "HR-administratör", "HR-assistent", "Personalhandläggare"],
                .norwegian: ["HR-medarbeider", "Personalkonsulent", "HR-rådgiver"],
                .english: ["HR Administrator", "HR Assistant", "HR Officer"],
                .danish: ["HR-konsulent", "Personalekonsulent", "HR-medarbejder"],
            ],
            duties: [
                .swedish: ["Anställningsavtal och personalakter", "Stöd till chefer i rekrytering"],
                .norwegian: ["Arbeidsavtaler og personalmapper", "Støtte til ledere i rekruttering"],
                .english: ["Contracts and personnel files", "Recruitment support for managers"],
                .danish: ["Ansættelseskontrakter og personalesager", "Støtte til ledere i rekruttering"],
            ],
            systems: ["Personec P", "Workday", "Primula", "Heroma"],
            fields: ["personal"], levels: [.hogskola, .yrkeshogskola]),
        Occupation(
            id: "registrator", weight: 6,
            titles: [
                .swedish: ["Registrator", "Diarieförare"],
                .norwegian: ["Arkivmedarbeider", "Dokumentsenter-medarbeider"],
                .english: ["Records Officer", "Registry Officer"],
                .danish: ["Journalmedarbejder", "Journalfører"],
            ],
            duties: [
                .swedish: ["Registrering och diarieföring av allmänna handlingar", "Utlämnande av allmänna handlingar"],
                .norwegian: ["Journalføring og arkivering", "Innsyn i offentlige dokumenter"],
                .english: ["Registering incoming correspondence", "Freedom of information requests"],
                .danish: ["Journalisering og arkivering", "Aktindsigt i offentlige dokumenter"],
            ],
            systems: ["Public360", "W3D3", "Platina", "ePhorte", "Ciceron"],
            fields: ["registrator", nil], levels: [.hogskola, .gymnasium]),
        Occupation(
            id: "arkivarie", weight: 2,
            titles: [.swedish: ["Arkivarie", "Arkivassistent"], .norwegian: ["Arkivar"], .english: ["Archivist"], .danish: ["Arkivar"]],
            duties: [
                .swedish: ["Arkivredovisning och gallring"], .norwegian: ["Arkivplan og bevaring"], .english: ["Appraisal and retention schedules"], .danish: ["Arkivplan og bevaring"],
            ],
            systems: ["Visual Arkiv", "Public360", "iipax"],
            fields: ["registrator"], levels: [.hogskola]),
        Occupation(
            id: "handlaggare", weight: 5,
            titles: [.swedish: ["Handläggare", "Utredare"], .norwegian: ["Saksbehandler", "Rådgiver"], .english: ["Case Officer", "Caseworker"], .danish: ["Sagsbehandler", "Fuldmægtig"]],
            duties: [
                .swedish: ["Handläggning av ärenden och beslut", "Utredningar och remissvar"],
                .norwegian: ["Saksbehandling og vedtak", "Utredninger og høringssvar"],
                .english: ["Casework and decisions", "Reports and consultation responses"],
                .danish: ["Sagsbehandling og afgørelser", "Udredninger og høringssvar"],
            ],
            systems: ["Platina", "Public360", "W3D3"],
            fields: [nil, "juridik"], levels: [.hogskola]),
        Occupation(
            id: "receptionist", weight: 3,
            titles: [.swedish: ["Receptionist", "Receptionsvärd"], .norwegian: ["Resepsjonist", "Resepsjonsmedarbeider"], .english: ["Receptionist"], .danish: ["Receptionist", "Receptionsmedarbejder"]],
            duties: [
                .swedish: ["Mottagning av besökare och post"], .norwegian: ["Mottak av besøkende og post"], .english: ["Greeting visitors and handling post"], .danish: ["Modtagelse af besøgende og post"],
            ],
            systems: ["Telia Touchpoint", "MS Office"],
            fields: [nil], levels: [.gymnasium]),
        Occupation(
            id: "vaxeltelefonist", weight: 3,
            titles: [.swedish: ["Växeltelefonist", "Telefonist"], .norwegian: ["Sentralbordsoperatør"], .english: ["Switchboard Operator", "Telephonist"], .danish: ["Omstillingsmedarbejder", "Telefonist"]],
            duties: [
                .swedish: ["Besvarar och kopplar samtal i kommunens växel"], .norwegian: ["Besvarer og setter over samtaler"], .english: ["Answering and transferring calls"], .danish: ["Besvarer og stiller opkald videre"],
            ],
            systems: ["Telia Touchpoint", "Puzzel", "Mitel"],
            fields: [nil], levels: [.gymnasium]),
        Occupation(
            id: "kundtjanst", weight: 4,
            titles: [.swedish: ["Kundtjänstmedarbetare", "Kundservicemedarbetare"], .norwegian: ["Kundebehandler", "Kundeservicemedarbeider"], .english: ["Customer Service Agent"], .danish: ["Kundeservicemedarbejder"]],
            duties: [
                .swedish: ["Besvarar frågor via telefon och e-post"], .norwegian: ["Besvarer henvendelser på telefon og e-post"], .english: ["Answering customer calls and e-mails"], .danish: ["Besvarer henvendelser på telefon og e-mail"],
            ],
            systems: ["ServiceNow", "TopDesk"],
            fields: [nil], levels: [.gymnasium]),
        Occupation(
            id: "vaktmastare", weight: 3,
            titles: [.swedish: ["Vaktmästare", "Fastighetsskötare"], .norwegian: ["Vaktmester"], .english: ["Caretaker", "Facilities Assistant"], .danish: ["Pedel", "Ejendomsservicetekniker"]],
            duties: [
                .swedish: ["Tillsyn av fastigheter och enklare reparationer"], .norwegian: ["Tilsyn med bygg og enkle reparasjoner"], .english: ["Building checks and minor repairs"], .danish: ["Tilsyn med bygninger og mindre reparationer"],
            ],
            systems: [],
            fields: [nil], levels: [.gymnasium]),
        Occupation(
            id: "administrator", weight: 5,
            titles: [.swedish: ["Administratör", "Kontorsadministratör", "Administrativ assistent"], .norwegian: ["Førstekonsulent", "Kontormedarbeider"], .english: ["Office Administrator", "Administrative Officer"], .danish: ["Administrativ medarbejder", "Kontorfuldmægtig"]],
            duties: [
                .swedish: ["Administration, protokoll och bokningar"], .norwegian: ["Administrasjon, møtereferater og bestillinger"], .english: ["Office administration, minutes and bookings"], .danish: ["Administration, referater og bookinger"],
            ],
            systems: ["MS Office", "Platina"],
            fields: [nil], levels: [.gymnasium, .yrkeshogskola]),
        Occupation(
            id: "kommunikator", weight: 3,
            titles: [.swedish: ["Kommunikatör", "Webbredaktör"], .norwegian: ["Kommunikasjonsrådgiver"], .english: ["Communications Officer"], .danish: ["Kommunikationsmedarbejder", "Kommunikationskonsulent"]],
            duties: [
                .swedish: ["Webb, nyhetsbrev och pressmeddelanden"], .norwegian: ["Nettsider, nyhetsbrev og pressemeldinger"], .english: ["Website, newsletters and press releases"], .danish: ["Hjemmeside, nyhedsbreve og pressemeddelelser"],
            ],
            systems: ["Sitevision", "Episerver", "Photoshop", "InDesign"],
            fields: ["media-och-kommunikation"], levels: [.hogskola]),
        Occupation(
            id: "inkopare", weight: 3,
            titles: [.swedish: ["Inköpare", "Upphandlare"], .norwegian: ["Innkjøper", "Innkjøpskonsulent"], .english: ["Buyer", "Procurement Officer"], .danish: ["Indkøber", "Indkøbskonsulent"]],
            duties: [
                .swedish: ["Upphandlingar enligt LOU och avtalsuppföljning"], .norwegian: ["Anskaffelser og avtaleoppfølging"], .english: ["Tenders and contract management"], .danish: ["Udbud og kontraktopfølgning"],
            ],
            systems: ["Proceedo", "SAP"],
            fields: ["ekonomi", nil], levels: [.hogskola, .yrkeshogskola]),
        // Work outside the vocabulary's office occupations: counted by no requirement.
        Occupation(
            id: nil, weight: 9,
            titles: [
                .swedish: ["Lagerarbetare", "Butikssäljare", "Undersköterska", "Servitör", "Truckförare"],
                .norwegian: ["Lagermedarbeider", "Butikkmedarbeider", "Helsefagarbeider", "Servitør"],
                .english: ["Warehouse Operative", "Sales Assistant", "Care Worker", "Waiter"],
                .danish: ["Lagermedarbejder", "Butiksassistent", "Social- og sundhedshjælper", "Tjener"],
            ],
            duties: [
                .swedish: ["Plock och pack, inventering", "Kassa och varupåfyllning"],
                .norwegian: ["Plukk og pakk, varetelling", "Kasse og varepåfylling"],
                .english: ["Picking, packing and stock counts", "Till and shelf replenishment"],
                .danish: ["Pluk og pak, vareoptælling", "Kasse og varepåfyldning"],
            ],
            systems: [],
            fields: [nil], levels: [.gymnasium]),
    ]

    // MARK: - People and places

    static let firstNames: [Language: [String]] = [
        .swedish: ["Anna", "Erik", "Maria", "Johan", "Sara", "Karin", "Lars", "Emma", "Mikael", "Sofia", "Elin", "Oskar", "Linnea", "Ahmed", "Fatima", "Petra", "Jonas", "Ida", "Hanna", "Viktor"],
        .norwegian: ["Kari", "Ola", "Ingrid", "Nora", "Håkon", "Silje", "Per", "Marte", "Sindre", "Ragnhild", "Jonas", "Ida", "Thea", "Bjørn", "Amir"],
        .english: ["James", "Emily", "Oliver", "Sophie", "Daniel", "Charlotte", "Thomas", "Amelia", "Harry", "Priya", "Laura", "George"],
        .danish: ["Mette", "Lars", "Anne", "Søren", "Camilla", "Rasmus", "Louise", "Mads", "Sofie", "Jesper", "Maja", "Frederik", "Ayse", "Mikkel"],
    ]

    static let lastNames: [Language: [String]] = [
        .swedish: ["Lindqvist", "Johansson", "Karlsson", "Nilsson", "Andersson", "Berg", "Holm", "Ek", "Ström", "Lund", "Sundberg", "Hassan", "Yilmaz", "Åkesson", "Öberg"],
        .norwegian: ["Nordmann", "Hansen", "Johansen", "Olsen", "Larsen", "Berg", "Dahl", "Haugen", "Bakken", "Solberg", "Østby", "Ali"],
        .english: ["Taylor", "Smith", "Jones", "Brown", "Wilson", "Evans", "Patel", "Walker", "Wright", "Hughes", "Khan"],
        .danish: ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen", "Rasmussen", "Kjær", "Østergaard", "Yilmaz"],
    ]

    static let cities: [Language: [String]] = [
        .swedish: ["Malmö", "Stockholm", "Göteborg", "Uppsala", "Örebro", "Luleå", "Växjö", "Linköping"],
        .norwegian: ["Oslo", "Bergen", "Trondheim", "Stavanger", "Tromsø", "Drammen"],
        .english: ["Leeds", "Manchester", "Bristol", "Sheffield", "York", "Cardiff"],
        .danish: ["København", "Aarhus", "Odense", "Aalborg", "Esbjerg", "Vejle"],
    ]

    static let publicEmployers: [Language: [String]] = [
        .swedish: ["Malmö stad", "Region Skåne", "Skatteverket", "Uppsala kommun", "Försäkringskassan", "Region Stockholm", "Länsstyrelsen i Västra Götalands län", "Örebro kommun", "Trafikverket"],
        .norwegian: ["Oslo kommune", "Bergen kommune", "NAV", "Skatteetaten", "Helse Bergen HF", "Trøndelag fylkeskommune", "Lånekassen"],
        .english: ["Leeds City Council", "Manchester City Council", "NHS Leeds", "HM Revenue and Customs", "Bristol City Council"],
        .danish: ["Københavns Kommune", "Aarhus Kommune", "Region Hovedstaden", "Skattestyrelsen", "Odense Kommune", "Region Midtjylland", "Udbetaling Danmark"],
    ]

    static let companies: [Language: [String]] = [
        .swedish: ["Ekonomibyrån Syd AB", "Redovisningshuset i Norr AB", "ICA Maxi", "Bemanningspartner AB", "Lindab AB", "Skanska Sverige AB"],
        .norwegian: ["Tripletex AS", "Regnskapshuset Vest AS", "Rema 1000", "Bemanningsbyrået AS", "Posten Norge AS"],
        .english: ["Northern Rail Ltd", "Acme Logistics Ltd", "Tesco Stores Ltd", "Brightside Accounting Ltd", "Harper & Co Ltd"],
        .danish: ["Revisionshuset Fyn ApS", "Netto", "Danske Fragtmænd A/S", "Bemandingsbureauet ApS", "Bogføringsservice ApS"],
    ]

    // MARK: - Education

    struct School {
        var level: EducationLevel
        var field: EducationField?
        var title: String
        var institution: String
        var years: Int
    }

    static func schools(_ language: Language, level: EducationLevel, field: EducationField?) -> [School] {
        switch (language, level, field?.rawValue) {
        case (.swedish, .gymnasium, "ekonomi"?):
            return [School(level: level, field: field, title: "Ekonomiprogrammet", institution: "Malmö Borgarskola (gymnasium)", years: 3),
                    School(level: level, field: field, title: "Ekonomiprogrammet", institution: "Katedralskolan, gymnasium", years: 3)]
        case (.swedish, .gymnasium, _):
            return [School(level: level, field: nil, title: "Samhällsvetenskapsprogrammet", institution: "Polhemsgymnasiet", years: 3),
                    School(level: level, field: nil, title: "Gymnasieexamen, Naturvetenskapsprogrammet", institution: "Rudbecksskolan", years: 3)]
        case (.swedish, .yrkeshogskola, "ekonomi"?):
            return [School(level: level, field: field, title: "YH-utbildning Redovisningsekonom", institution: "Nackademin", years: 2)]
        case (.swedish, .yrkeshogskola, "personal"?):
            return [School(level: level, field: field, title: "YH-utbildning Löneadministration och HR", institution: "IHM Business School", years: 2)]
        case (.swedish, .yrkeshogskola, _):
            return [School(level: level, field: nil, title: "Yrkeshögskoleexamen, Administrativ assistent", institution: "Lernia", years: 2)]
        case (.swedish, .hogskola, "ekonomi"?):
            return [School(level: level, field: field, title: "Ekonomie kandidatexamen, företagsekonomi", institution: "Lunds universitet", years: 3)]
        case (.swedish, .hogskola, "personal"?):
            return [School(level: level, field: field, title: "Personalvetarprogrammet, kandidatexamen", institution: "Göteborgs universitet", years: 3)]
        case (.swedish, .hogskola, "juridik"?):
            return [School(level: level, field: field, title: "Kandidatexamen i rättsvetenskap", institution: "Stockholms universitet", years: 3)]
        case (.swedish, .hogskola, "media-och-kommunikation"?):
            return [School(level: level, field: field, title: "Kandidatexamen i medie- och kommunikationsvetenskap", institution: "Uppsala universitet", years: 3)]
        case (.swedish, .hogskola, "registrator"?):
            return [School(level: level, field: "registrator", title: "Kandidatexamen i arkivvetenskap", institution: "Mittuniversitetet", years: 3)]
        case (.swedish, .hogskola, _):
            return [School(level: level, field: nil, title: "Filosofie kandidatexamen", institution: "Umeå universitet", years: 3)]
        case (.swedish, .master, _):
            return [School(level: level, field: "ekonomi", title: "Civilekonomexamen", institution: "Uppsala universitet", years: 4)]
        case (.norwegian, .gymnasium, "ekonomi"?):
            return [School(level: level, field: nil, title: "Videregående skole, studiespesialisering", institution: "Oslo katedralskole", years: 3)]
        case (.norwegian, .gymnasium, _):
            return [School(level: level, field: nil, title: "Videregående skole, studiespesialisering", institution: "Bergen katedralskole", years: 3)]
        case (.norwegian, .yrkeshogskola, _):
            return [School(level: level, field: "ekonomi", title: "Fagskole i økonomi og regnskap", institution: "Fagskolen Innlandet", years: 2)]
        case (.norwegian, .hogskola, "personal"?), (.norwegian, .hogskola, nil):
            return [School(level: level, field: "offentlig-forvaltning", title: "Bachelor i administrasjon og ledelse", institution: "Høgskolen i Innlandet", years: 3)]
        case (.norwegian, .hogskola, _):
            return [School(level: level, field: "ekonomi", title: "Bachelor i økonomi og administrasjon", institution: "Handelshøyskolen BI", years: 3)]
        case (.norwegian, .master, _):
            return [School(level: level, field: "ekonomi", title: "Master i økonomi og administrasjon", institution: "NHH", years: 2)]
        case (.english, .gymnasium, _):
            return [School(level: level, field: nil, title: "A-levels", institution: "Leeds Sixth Form College", years: 2)]
        case (.english, .yrkeshogskola, _):
            return [School(level: level, field: nil, title: "HND in Business", institution: "Leeds City College", years: 2)]
        case (.english, .hogskola, "ekonomi"?):
            return [School(level: level, field: field, title: "BA (Hons) in Accounting and Finance", institution: "University of Leeds", years: 3)]
        case (.english, .hogskola, _):
            return [School(level: level, field: nil, title: "BA (Hons) in History", institution: "University of York", years: 3)]
        case (.english, .master, _):
            return [School(level: level, field: "ekonomi", title: "MSc in Accounting and Finance", institution: "University of Manchester", years: 1)]
        case (.danish, .gymnasium, "ekonomi"?):
            return [School(level: level, field: "ekonomi", title: "Højere handelseksamen (hhx)", institution: "Niels Brock", years: 3)]
        case (.danish, .gymnasium, _):
            return [School(level: level, field: nil, title: "Studentereksamen (stx)", institution: "Aarhus Katedralskole", years: 3)]
        case (.danish, .yrkeshogskola, _):
            return [School(level: level, field: "ekonomi", title: "Finansøkonom", institution: "Erhvervsakademi Aarhus", years: 2)]
        case (.danish, .hogskola, "ekonomi"?):
            return [School(level: level, field: field, title: "Bachelor i erhvervsøkonomi (HA)", institution: "Aarhus Universitet", years: 3)]
        case (.danish, .hogskola, _):
            return [School(level: level, field: "offentlig-forvaltning", title: "Professionsbachelor i offentlig administration", institution: "Københavns Professionshøjskole", years: 3)]
        case (.danish, .master, _):
            return [School(level: level, field: "ekonomi", title: "Cand.merc. i regnskab", institution: "Copenhagen Business School", years: 2)]
        default:
            return [School(level: .gymnasium, field: nil, title: "Gymnasieexamen", institution: "Polhemsgymnasiet", years: 3)]
        }
    }

    // MARK: - Systems

    /// How CVs write each system (the first is the canonical name).
    static let systemSpellings: [String: [String]] = [
        "Agresso": ["Agresso", "Unit4", "Agresso (Unit4)"], "Raindance": ["Raindance"], "Visma": ["Visma", "Visma Business"],
        "Fortnox": ["Fortnox"], "SAP": ["SAP", "SAP ERP"], "Microsoft Dynamics": ["Microsoft Dynamics", "Dynamics 365"],
        "Proceedo": ["Proceedo"], "Power BI": ["Power BI"], "Hypergene": ["Hypergene"], "QlikView": ["QlikView", "Qlik Sense"],
        "Heroma": ["Heroma"], "Hogia": ["Hogia", "Hogia Lön"], "Personec P": ["Personec P", "Visma Personec"], "Agda": ["Agda", "Agda PS"],
        "Huldt & Lillevik": ["Huldt & Lillevik"], "Workday": ["Workday"], "Primula": ["Primula"],
        "Public360": ["Public360", "Public 360", "P360"], "W3D3": ["W3D3"], "Platina": ["Platina"], "ePhorte": ["ePhorte"],
        "Ciceron": ["Ciceron"], "Visual Arkiv": ["Visual Arkiv"], "iipax": ["iipax"],
        "Telia Touchpoint": ["Telia Touchpoint", "Touchpoint"], "Puzzel": ["Puzzel"], "Mitel": ["Mitel", "MX-ONE"],
        "ServiceNow": ["ServiceNow"], "TopDesk": ["TopDesk", "TOPdesk"],
        "Sitevision": ["Sitevision", "SiteVision"], "Episerver": ["Episerver", "Optimizely"], "Photoshop": ["Photoshop", "Adobe Photoshop"],
        "InDesign": ["InDesign", "Adobe InDesign"],
        "MS Office": ["MS Office", "Microsoft Office", "Office 365"], "Excel": ["Excel", "Microsoft Excel"],
    ]

    /// Skill-level phrases per language: (level, phrase before the name, phrase after it).
    static func levelPhrases(_ language: Language, _ level: SkillLevel) -> [String] {
        switch (language, level) {
        case (.swedish, .storErfarenhet): ["mycket goda kunskaper", "expert", "avancerad"]
        case (.swedish, .goda): ["goda kunskaper", "van användare"]
        case (.swedish, .grund): ["grundläggande kunskaper", "grundläggande"]
        case (.norwegian, .storErfarenhet): ["svært gode kunnskaper", "ekspert"]
        case (.norwegian, .goda): ["gode kunnskaper", "god kjennskap"]
        case (.norwegian, .grund): ["grunnleggende kunnskaper", "grunnleggende"]
        case (.english, .storErfarenhet): ["advanced", "expert"]
        case (.english, .goda): ["good knowledge", "proficient"]
        case (.english, .grund): ["basic", "basic knowledge"]
        case (.danish, .storErfarenhet): ["indgående kendskab", "ekspert"]
        case (.danish, .goda): ["godt kendskab", "gode kundskaber"]
        case (.danish, .grund): ["grundlæggende kendskab", "grundlæggende"]
        case (_, .kunskaper): ["kunskaper"]
        }
    }

    // MARK: - Headings and words

    struct Headings {
        var profile: [String]
        var employment: [String]
        var education: [String]
        var skills: [String]
        var languages: [String]
        var licence: [String]
        var references: [String]
    }

    static func headings(_ language: Language) -> Headings {
        switch language {
        case .swedish: Headings(
            profile: ["PROFIL", "Profil", "Om mig"], employment: ["ARBETSLIVSERFARENHET", "Arbetslivserfarenhet", "Erfarenhet", "Anställningar", "Tidigare anställningar", "Yrkeserfarenhet"],
            education: ["UTBILDNING", "Utbildning", "Utbildningar"], skills: ["IT-KUNSKAPER", "Kompetenser", "Systemkunskaper", "Datorkunskaper"],
            languages: ["SPRÅK", "Språk"], licence: ["KÖRKORT", "Körkort"], references: ["REFERENSER", "Referenser"])
        case .norwegian: Headings(
            profile: ["PROFIL", "Profil"], employment: ["ARBEIDSERFARING", "Arbeidserfaring", "Yrkeserfaring", "Relevant erfaring", "Tidligere stillinger"],
            education: ["UTDANNING", "Utdanning"], skills: ["FERDIGHETER", "IT-kompetanse", "Kompetanse"],
            languages: ["SPRÅK", "Språk"], licence: ["FØRERKORT", "Førerkort"], references: ["REFERANSER", "Referanser"])
        case .english: Headings(
            profile: ["PROFILE", "Profile", "Summary"], employment: ["WORK EXPERIENCE", "Work experience", "Professional experience", "Employment history", "Career history"],
            education: ["EDUCATION", "Education"], skills: ["SKILLS", "IT skills", "Technical skills"],
            languages: ["LANGUAGES", "Languages"], licence: ["DRIVING LICENCE", "Driving licence"], references: ["REFERENCES", "References"])
        case .danish: Headings(
            profile: ["PROFIL", "Profil", "Om mig"], employment: ["ERHVERVSERFARING", "Erhvervserfaring", "Arbejdserfaring", "Beskæftigelse", "Tidligere ansættelser", "Erfaring"],
            education: ["UDDANNELSE", "Uddannelse", "Uddannelser"], skills: ["IT-KOMPETENCER", "Kompetencer", "IT-kundskaber", "Systemkendskab"],
            languages: ["SPROG", "Sprog"], licence: ["KØREKORT", "Kørekort"], references: ["REFERENCER", "Referencer"])
        }
    }

    static let present: [Language: [String]] = [
        .swedish: ["nu", "pågående", "d.d."], .norwegian: ["nå", "dd"], .english: ["Present", "present", "now"], .danish: ["nu", "d.d.", "dags dato"],
    ]

    static let monthNames: [Language: [String]] = [
        .swedish: ["jan", "feb", "mars", "april", "maj", "juni", "juli", "aug", "sep", "okt", "nov", "dec"],
        .norwegian: ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"],
        .english: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
        .danish: ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"],
    ]

    static let monthAbbreviations: [Language: [String]] = [
        .swedish: ["jan.", "feb.", "mars", "apr.", "maj", "juni", "juli", "aug.", "sept.", "okt.", "nov.", "dec."],
        .norwegian: ["jan.", "feb.", "mars", "apr.", "mai", "juni", "juli", "aug.", "sep.", "okt.", "nov.", "des."],
        .english: ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."],
        .danish: ["jan.", "feb.", "marts", "apr.", "maj", "juni", "juli", "aug.", "sep.", "okt.", "nov.", "dec."],
    ]

    /// Words between a title and its employer besides a comma: "Ekonomiassistent på Skatteverket".
    static let employerConnectors: [Language: [String]] = [.swedish: [" på ", " vid ", " hos "], .norwegian: [" i ", " ved ", " hos "], .english: [" at "], .danish: [" hos ", " i ", " ved "]]

    /// A title's qualifier: "Ekonomiassistent (vikariat)".
    static let qualifiers: [Language: [String]] = [
        .swedish: ["(vikariat)", "(visstidsanställning)", "(deltid 75 %)"], .norwegian: ["(vikariat)", "(engasjement)"],
        .english: ["(temporary)", "(maternity cover)", "(part-time)"], .danish: ["(barselsvikariat)", "(tidsbegrænset)", "(deltid)"],
    ]

    /// Duty lines that name other people's titles: never jobs of the person's own.
    static let dutyMentions: [Language: [String]] = [
        .swedish: ["Rapporterade till ekonomichefen och controllern", "Stöttade löneadministratörerna vid lönekörningar", "Introducerade nya ekonomiassistenter"],
        .norwegian: ["Rapporterte til regnskapssjef og controller", "Støttet lønnsmedarbeiderne i lønnskjøringen", "Opplæring av nye saksbehandlere"],
        .english: ["Reported to the Finance Manager and the Financial Controller", "Supported the payroll officers at month end", "Trained new accounts assistants"],
        .danish: ["Refererede til økonomichefen og controlleren", "Støttede lønbogholderne ved lønkørslen", "Oplæring af nye sagsbehandlere"],
    ]

    /// An open start: "sedan mars 2020".
    static let openStarts: [Language: [String]] = [.swedish: ["sedan", "fr.o.m."], .norwegian: ["fra", "siden"], .english: ["since", "from"], .danish: ["siden", "fra"]]

    static let leaveTitles: [Language: [String]] = [.swedish: ["Föräldraledig"], .norwegian: ["Foreldrepermisjon"], .english: ["Parental leave"], .danish: ["Barselsorlov"]]

    static let languageNames: [Language: [String: String]] = [
        .swedish: ["sv": "Svenska", "no": "Norska", "en": "Engelska", "de": "Tyska", "ar": "Arabiska"],
        .norwegian: ["sv": "Svensk", "no": "Norsk", "en": "Engelsk", "de": "Tysk", "ar": "Arabisk"],
        .english: ["sv": "Swedish", "no": "Norwegian", "en": "English", "de": "German", "ar": "Arabic"],
        .danish: ["da": "Dansk", "sv": "Svensk", "no": "Norsk", "en": "Engelsk", "de": "Tysk", "ar": "Arabisk"],
    ]

    static func languageLevel(_ language: Language, _ level: LanguageLevel) -> String {
        switch (language, level) {
        case (.swedish, .native): "modersmål"
        case (.swedish, .c1), (.swedish, .c2): "flytande"
        case (.swedish, .b2): "goda kunskaper i tal och skrift"
        case (.swedish, _): "grundläggande"
        case (.norwegian, .native): "morsmål"
        case (.norwegian, .c1), (.norwegian, .c2): "flytende"
        case (.norwegian, .b2): "gode kunnskaper"
        case (.norwegian, _): "grunnleggende"
        case (.english, .native): "native"
        case (.english, .c1), (.english, .c2): "fluent"
        case (.english, .b2): "good"
        case (.english, _): "basic"
        case (.danish, .native): "modersmål"
        case (.danish, .c1), (.danish, .c2): "flydende"
        case (.danish, .b2): "gode kundskaber"
        case (.danish, _): "grundlæggende"
        }
    }
}
