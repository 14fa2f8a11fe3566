import Foundation

/// Keys for matching words regardless of case, diacritics and Nordic spelling (ö = ø = o, ä = æ = a).
public enum Folding {
    /// Lowercases and strips diacritics: "Löneadministratör" → "loneadministrator", "Økonomi" → "okonomi".
    public static func asciiFold(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.lowercased().unicodeScalars {
            switch scalar {
            case "å", "ä", "á", "à", "â", "ã": out.append("a")
            case "æ": out.append("a")
            case "ö", "ø", "ó", "ò", "ô", "õ": out.append("o")
            case "é", "è", "ê", "ë": out.append("e")
            case "ü", "ú", "ù", "û": out.append("u")
            case "í", "ì", "î", "ï": out.append("i")
            case "ç": out.append("c")
            case "ñ": out.append("n")
            case "ß": out.append("s"); out.append("s")
            case "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2212}": out.append("-")
            default:
                if scalar.properties.generalCategory == .nonspacingMark { continue }
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// The words of a text as fold keys, split on anything that is not a letter or digit.
    public static func words(_ text: String) -> [Substring] {
        // Below U+0240 (every UTF-8 byte below C9), the byte-level fold of CV lines gives the same words, faster.
        if CVText.isBelowLatinExtendedB(text) { return CVText.words(text) }
        return unicodeWords(text)
    }

    /// ``words(_:)`` one Unicode character at a time: for any text, and the reference the fast path is tested against.
    static func unicodeWords(_ text: String) -> [Substring] {
        asciiFoldedWords(asciiFold(text))
    }

    static func asciiFoldedWords(_ folded: String) -> [Substring] {
        folded.split { !($0.isLetter || $0.isNumber) }
    }
}
