import Yams

/// Composes YAML from outside within ``InputLimits``: a file too large, nested too deeply, or whose aliases
/// expand to more nodes than ``InputLimits/yamlNodes`` (a "billion laughs" of anchors) is refused before any
/// reader walks it.
///
/// Yams shares an anchored node between its aliases, so composing a bomb is cheap; it is walking the tree
/// (reading fields, hashing keys, decoding) that would take exponential time.
enum BoundedYAML {
    /// Why a YAML file was refused, for the caller to put in its own error.
    struct Refusal: Error, Equatable {
        var message: String
    }

    /// The deepest flow nesting (`[[[…`, `{{{…`) accepted: Yams composes recursively, one stack frame a level.
    static let maximumFlowDepth = 256

    /// The root node of `text`, or nil for an empty document.
    /// - Throws: ``Refusal`` past a limit, `YamlError` for text that is not YAML.
    static func compose(_ text: String, limits: InputLimits) throws -> Node? {
        let bytes = text.utf8.count
        if bytes > limits.yamlBytes {
            throw Refusal(message: "the file is \(bytes) bytes, over the yaml-bytes limit of \(limits.yamlBytes) bytes for a YAML file")
        }
        let scan = scan(text)
        if scan.flowDepth > maximumFlowDepth {
            throw Refusal(message: "lists or mappings nest deeper than \(maximumFlowDepth) levels")
        }
        if scan.complexKey {
            throw Refusal(message: "a key is a list, a mapping or an alias (?, *); keys must be plain words")
        }
        guard let root = try Yams.compose(yaml: text) else { return nil }
        var budget = limits.yamlNodes
        guard spend(&budget, on: root) else {
            throw Refusal(
                message: "the file expands to more than \(limits.yamlNodes) values through its anchors and aliases (&, *); write the values out")
        }
        return root
    }

    /// Counts `node` and everything under it, aliases expanded, against `budget`; false when it runs out.
    private static func spend(_ budget: inout Int, on node: Node) -> Bool {
        budget -= 1
        if budget < 0 { return false }
        switch node {
        case .scalar, .alias: return true
        case .sequence(let sequence):
            for child in sequence where !spend(&budget, on: child) { return false }
        case .mapping(let mapping):
            for (key, value) in mapping where !spend(&budget, on: key) || !spend(&budget, on: value) { return false }
        }
        return true
    }

    /// What a scan of the raw text finds, outside quotes and comments: the deepest nesting of `[` and `{` (an
    /// upper bound on the flow nesting), and whether a mapping key is a list, a mapping or an alias.
    ///
    /// Yams hashes every key of a mapping to find duplicates while it composes, so a key that is an alias of a
    /// bomb (`? *a9 : 1`, `*a9 : 1`, `[*a9]: 1`) would take exponential time before any budget could count it.
    /// Passform's files only ever have plain words as keys.
    static func scan(_ text: String) -> (flowDepth: Int, complexKey: Bool) {
        let bytes = Array(text.utf8)
        func isBlank(_ i: Int) -> Bool { i >= bytes.count || [9, 10, 13, 32].contains(bytes[i]) }
        /// True when, after spaces, `i` holds a `:` that ends a key.
        func colonFollows(_ i: Int) -> Bool {
            var j = i
            while j < bytes.count, bytes[j] == 32 || bytes[j] == 9 { j += 1 }
            guard j < bytes.count, bytes[j] == UInt8(ascii: ":") else { return false }
            return isBlank(j + 1) || [UInt8(ascii: ","), UInt8(ascii: "]"), UInt8(ascii: "}")].contains(bytes[j + 1])
        }
        var depth = 0
        var deepest = 0
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            let previous: UInt8 = i == 0 ? 10 : bytes[i - 1]
            let startsToken = [9, 10, 13, 32, UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: ",")].contains(previous)
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                // A quoted scalar: skip to its closing quote, or to the end of the line for a stray quote.
                var j = i + 1
                while j < bytes.count, bytes[j] != byte, bytes[j] != 10 || byte == UInt8(ascii: "\"") { j += 1 }
                i = j
            case UInt8(ascii: "#") where startsToken:
                while i < bytes.count, bytes[i] != 10 { i += 1 }
            case UInt8(ascii: "?") where startsToken && isBlank(i + 1):
                return (deepest, true)
            case UInt8(ascii: "*") where startsToken:
                var j = i + 1
                while j < bytes.count, !isBlank(j), ![UInt8(ascii: ","), UInt8(ascii: "]"), UInt8(ascii: "}")].contains(bytes[j]) {
                    j += 1
                }
                if colonFollows(j) { return (deepest, true) }
                i = j - 1
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                deepest = max(deepest, depth)
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                depth = max(0, depth - 1)
                if colonFollows(i + 1) { return (deepest, true) }
            default: break
            }
            i += 1
        }
        return (deepest, false)
    }
}
