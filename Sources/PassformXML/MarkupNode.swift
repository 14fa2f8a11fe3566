import Foundation

/// An element or a run of text from an XML or HTML document, copied out of libxml2's tree.
public struct MarkupNode: Sendable, Hashable {
    /// Element or text.
    public enum Kind: Sendable, Hashable {
        case element
        case text
    }

    public var kind: Kind
    /// The element's local name (without namespace prefix); empty for text.
    public var name: String
    public var attributes: [String: String]
    public var children: [MarkupNode]
    /// The text of a text node; empty for elements.
    public var text: String
    /// The line in the source document where the node starts.
    public var line: Int

    public init(
        kind: Kind, name: String, attributes: [String: String] = [:], children: [MarkupNode] = [], text: String = "",
        line: Int = 0
    ) {
        self.kind = kind
        self.name = name
        self.attributes = attributes
        self.children = children
        self.text = text
        self.line = line
    }

    /// The concatenated text of the node and its descendants.
    public var textContent: String {
        if kind == .text { return text }
        var out = ""
        collectText(into: &out)
        return out
    }

    private func collectText(into out: inout String) {
        if kind == .text {
            out += text
            return
        }
        for child in children { child.collectText(into: &out) }
    }

    /// The child elements.
    public var elements: [MarkupNode] { children.filter { $0.kind == .element } }

    /// The first child element named `name` (case-insensitive).
    public func child(_ name: String) -> MarkupNode? {
        children.first { $0.kind == .element && $0.name.caseInsensitiveCompare(name) == .orderedSame }
    }

    /// The child elements named `name` (case-insensitive).
    public func children(_ name: String) -> [MarkupNode] {
        children.filter { $0.kind == .element && $0.name.caseInsensitiveCompare(name) == .orderedSame }
    }

    /// The element at a path of child names: `node.path("Identification", "PersonName", "FirstName")`.
    public func path(_ names: String...) -> MarkupNode? {
        var node: MarkupNode? = self
        for name in names { node = node?.child(name) }
        return node
    }

    /// Every descendant element (depth first, document order) named `name`.
    public func descendants(_ name: String) -> [MarkupNode] {
        var result: [MarkupNode] = []
        func walk(_ node: MarkupNode) {
            for child in node.children where child.kind == .element {
                if child.name.caseInsensitiveCompare(name) == .orderedSame { result.append(child) }
                walk(child)
            }
        }
        walk(self)
        return result
    }
}

