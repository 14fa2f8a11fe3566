// Fuzz target `json-value`: any bytes as text, read by JSONValue and by JSONSerialization, which must agree: both
// refuse it, or both read it to the same structure.
import Foundation
import PassformCore

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    // The reader takes a String, as JSONResumeParser gets it; JSONSerialization its UTF-8, as JSONResumeParser gave it.
    let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    let foundation = try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [])
    let own: JSONValue?
    do {
        own = try JSONValue.parse(text)
    } catch {
        own = nil
    }
    switch (own, foundation) {
    case (nil, nil):
        break
    case (let own?, let foundation?):
        if !same(own, foundation) { fatalError("different structure for \(text.debugDescription): \(own) vs \(foundation)") }
    case (nil, _?):
        fatalError("JSONSerialization reads what JSONValue refuses: \(text.debugDescription)")
    case (_?, nil):
        fatalError("JSONValue reads what JSONSerialization refuses: \(text.debugDescription)")
    }
    return 0
}

/// `value` is JSONSerialization's `object`: the same kinds, strings and keys equal scalar for scalar, numbers equal
/// (a decimal to within rounding), booleans as its boolean `NSNumber`s.
private func same(_ value: JSONValue, _ object: Any) -> Bool {
    switch value {
    case .string(let text):
        guard let other = object as? String else { return false }
        return text.unicodeScalars.elementsEqual(other.unicodeScalars)
    case .number(let number):
        guard let other = object as? NSNumber, String(cString: other.objCType) != "c" else { return false }
        return other.doubleValue == number || abs(other.doubleValue - number) <= abs(number) * 1e-12
    case .bool(let flag):
        guard let other = object as? NSNumber, String(cString: other.objCType) == "c" else { return false }
        return other.boolValue == flag
    case .null:
        return object is NSNull
    case .array(let items):
        guard let others = object as? [Any], others.count == items.count else { return false }
        return zip(items, others).allSatisfy { same($0, $1) }
    case .object(let members):
        guard let others = object as? [String: Any] else { return false }
        let mine = members.dictionary
        guard mine.count == others.count else { return false }
        return mine.allSatisfy { key, value in
            guard let index = others.index(forKey: key) else { return false }
            return others[index].key.unicodeScalars.elementsEqual(key.unicodeScalars) && same(value, others[index].value)
        }
    }
}
