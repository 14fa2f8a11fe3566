import Foundation

/// Identifiers in Passform are lowercase ASCII slugs, such as `ekonomiassistent-2` or `lonesystem`.
public enum Slug {
    /// Turns a title such as "Löneadministratör 1" into `loneadministrator-1`.
    public static func make(_ text: String) -> String {
        var out = ""
        var lastWasDash = true
        for scalar in Folding.asciiFold(text).unicodeScalars {
            if CharacterSet.alphanumerics.contains(scalar), scalar.isASCII {
                out.unicodeScalars.append(scalar)
                lastWasDash = false
            } else if !lastWasDash {
                out.append("-")
                lastWasDash = true
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out
    }
}
