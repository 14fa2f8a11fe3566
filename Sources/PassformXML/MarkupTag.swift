import CLibXML2
import Foundation

/// An element's start tag as ``MarkupParser/stream(_:to:)`` reports it, read in libxml2's buffers and valid only
/// during ``MarkupStreamHandler/start(_:)``. Names and attributes read as ``MarkupElement`` reads them in the tree.
public struct MarkupTag {
    @usableFromInline let localName: UnsafePointer<UInt8>
    /// The prefix when it is bound to no namespace: the tree then names the element `prefix:name`.
    @usableFromInline let unboundPrefix: UnsafePointer<UInt8>?
    /// libxml2's attributes, five pointers each: local name, prefix, namespace, value start, value end.
    let attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
    /// The attributes written in the tag; those defaulted from a DTD, which the tree leaves out, are not counted.
    let attributeCount: Int

    init(
        localName: UnsafePointer<UInt8>, unboundPrefix: UnsafePointer<UInt8>?,
        attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?, attributeCount: Int
    ) {
        self.localName = localName
        self.unboundPrefix = unboundPrefix
        self.attributes = attributes
        self.attributeCount = attributeCount
    }

    /// The element's local name (without namespace prefix; `prefix:name` when the prefix is bound to no namespace,
    /// as in the tree).
    public var name: String { withName { String(decoding: $0, as: UTF8.self) } }

    /// True when the local name is `name`, byte for byte.
    @inlinable public func isNamed(_ name: StaticString) -> Bool {
        guard unboundPrefix == nil else { return qualifiedIsNamed(name) }
        return localName.pointee == name.utf8Start.pointee && strcmp(localName, name.utf8Start) == 0
    }

    @usableFromInline func qualifiedIsNamed(_ name: StaticString) -> Bool {
        withName { MarkupName.equals($0, name) }
    }

    /// True when the local name is `name` compared as ``MarkupElement/isNamed(caseInsensitive:)`` compares.
    public func isNamed(caseInsensitive name: StaticString) -> Bool {
        guard unboundPrefix == nil else { return withName { MarkupName.equals($0, caseInsensitive: name) } }
        return MarkupName.equals(localName, caseInsensitive: name)
    }

    /// The value of the last attribute whose local name is `name`, as ``MarkupElement/attribute(_:)`` reads it.
    public func attribute(_ name: StaticString) -> String? {
        guard let attributes else { return nil }
        var found: (start: UnsafePointer<xmlChar>, end: UnsafePointer<xmlChar>)?
        for index in 0..<attributeCount {
            let fields = attributes + 5 * index
            guard let local = fields[0], let start = fields[3], let end = fields[4] else { continue }
            let matches =
                if let prefix = fields[1], fields[2] == nil {
                    Self.qualified(prefix, local) { MarkupName.equals($0, name) }
                } else {
                    strcmp(local, name.utf8Start) == 0
                }
            if matches { found = (start, end) }
        }
        guard let found else { return nil }
        return Self.decodeAmpersands(UnsafeBufferPointer(start: found.start, count: found.start.distance(to: found.end)))
    }

    private func withName<T>(_ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        guard let unboundPrefix else { return body(MarkupName.bytes(localName)) }
        return Self.qualified(unboundPrefix, localName, body)
    }

    /// `prefix:local`, as libxml2's tree names what has an unbound prefix.
    private static func qualified<T>(
        _ prefix: UnsafePointer<xmlChar>, _ local: UnsafePointer<xmlChar>, _ body: (UnsafeBufferPointer<UInt8>) -> T
    ) -> T {
        let name = Array(MarkupName.bytes(prefix)) + [UInt8(ascii: ":")] + Array(MarkupName.bytes(local))
        return name.withUnsafeBufferPointer(body)
    }

    /// The value with `&#38;` as `&`: without entity replacement libxml2 hands an ampersand in an attribute value
    /// to SAX2 as that character reference, which its tree builder decodes again.
    static func decodeAmpersands(_ value: UnsafeBufferPointer<UInt8>) -> String {
        guard value.contains(UInt8(ascii: "&")) else { return String(decoding: value, as: UTF8.self) }
        let reference = Array("&#38;".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(value.count)
        var index = 0
        while index < value.count {
            if value[index] == UInt8(ascii: "&"), value.count - index >= reference.count,
                value[index..<index + reference.count].elementsEqual(reference)
            {
                out.append(UInt8(ascii: "&"))
                index += reference.count
            } else {
                out.append(value[index])
                index += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
