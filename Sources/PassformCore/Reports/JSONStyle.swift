import Foundation

/// JSON as every Passform report writes it: pretty-printed, keys sorted, slashes unescaped — stable to diff.
public enum JSONStyle {
    /// An encoder with Passform's output formatting.
    public static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
