// Reading bundled and user-supplied data files from a parsed ``JSONValue`` rather than through `Codable`:
// `JSONDecoder` spent most of a run's start-up looking up protocol conformances. The readers keep `JSONDecoder`'s
// rules: a missing required field or a value of another type fails the whole file; unknown fields are ignored.

extension JSONValue {
    /// The value as an array of strings; nil when it is not an array or holds anything but strings.
    var strings: [String]? {
        guard let items = array else { return nil }
        var strings: [String] = []
        strings.reserveCapacity(items.count)
        for item in items {
            guard let string = item.string else { return nil }
            strings.append(string)
        }
        return strings
    }

    /// The value as an integer; nil for anything but a number that is a whole one.
    var int: Int? {
        guard case .number(let number) = self else { return nil }
        return Int(exactly: number)
    }

    /// Each element of an array of objects read by `read`; nil when the value is no such array or `read` fails on one.
    func list<Element>(_ read: (JSONObject) -> Element?) -> [Element]? {
        guard let objects else { return nil }
        var list: [Element] = []
        list.reserveCapacity(objects.count)
        for object in objects {
            guard let element = read(object) else { return nil }
            list.append(element)
        }
        return list
    }
}

extension JSONObject {
    /// A field as `Codable` reads an optional one (`decodeIfPresent`): `.some(nil)` when it is absent or null,
    /// `.some(value)` when `read` takes it, and nil when it is there but `read` refuses it (the file is not of the shape).
    func optional<T>(_ key: String, _ read: (JSONValue) -> T?) -> T?? {
        guard let value = self[key], value != .null else { return .some(nil) }
        guard let read = read(value) else { return nil }
        return .some(read)
    }
}
