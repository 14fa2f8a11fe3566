import CLibXML2
import Foundation

/// An element of a parsed XML document, read in place in libxml2's tree instead of copied into ``MarkupNode``s;
/// valid only inside ``MarkupParser/withXML(_:_:)``. For readers that visit a small part of a large document.
public struct MarkupElement {
    let node: xmlNodePtr

    /// The element's local name (without namespace prefix).
    public var name: String { node.pointee.name.map { String(cString: $0) } ?? "" }

    /// True when the local name is `name`, byte for byte.
    public func isNamed(_ name: StaticString) -> Bool {
        guard let own = node.pointee.name else { return name.utf8CodeUnitCount == 0 }
        return strcmp(own, name.utf8Start) == 0
    }

    /// True when the local name is `name` compared as ``MarkupNode/child(_:)`` compares: ASCII names letter by
    /// letter in either case, others by Foundation's case-insensitive comparison.
    public func isNamed(caseInsensitive name: String) -> Bool {
        guard let own = node.pointee.name else { return name.isEmpty }
        return MarkupName.equals(MarkupName.bytes(own), caseInsensitive: name)
    }

    /// The value of the last attribute whose local name is `name` (as ``MarkupNode/attributes`` keeps it).
    public func attribute(_ name: StaticString) -> String? {
        var value: String?
        var attribute = node.pointee.properties
        while let current = attribute {
            if let key = current.pointee.name, strcmp(key, name.utf8Start) == 0 {
                var text = ""
                var part = current.pointee.children
                while let piece = part {
                    if let content = piece.pointee.content { text += String(cString: content) }
                    part = piece.pointee.next
                }
                value = text
            }
            attribute = current.pointee.next
        }
        return value
    }

    /// The element's children that ``MarkupNode`` keeps: elements, and text (with CDATA).
    public var children: Children { Children(first: node.pointee.children) }

    /// The child elements, in order.
    public var elements: some Sequence<MarkupElement> {
        children.lazy.compactMap { if case .element(let element) = $0 { element } else { nil } }
    }

    /// The first child element named `name` (``isNamed(caseInsensitive:)``).
    public func child(_ name: String) -> MarkupElement? {
        elements.first { $0.isNamed(caseInsensitive: name) }
    }

    /// The concatenated text of the element's descendants.
    public var textContent: String {
        var out = ""
        collectText(node, into: &out)
        return out
    }

    private func collectText(_ node: xmlNodePtr, into out: inout String) {
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE: collectText(current, into: &out)
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content { out += String(cString: content) }
            default: break
            }
            child = current.pointee.next
        }
    }

    /// A child of an element: an element or a run of text.
    public enum Child {
        case element(MarkupElement)
        case text(String)
    }

    /// The children of an element, read one by one.
    public struct Children: Sequence, IteratorProtocol {
        var cursor: xmlNodePtr?

        init(first: xmlNodePtr?) { cursor = first }

        public mutating func next() -> Child? {
            while let current = cursor {
                cursor = current.pointee.next
                switch current.pointee.type {
                case XML_ELEMENT_NODE: return .element(MarkupElement(node: current))
                case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                    if let content = current.pointee.content { return .text(String(cString: content)) }
                default: continue
                }
            }
            return nil
        }
    }
}
