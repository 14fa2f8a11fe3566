/// A plan file that cannot be read: the file, the line and column, the field, and what is wrong.
///
/// For example `plans/city.yaml:14:5: processes.kundreskontra.volume: must be 0 or more, found -5`.
public struct PlanFileError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file as the user named it.
    public var file: String
    /// The line, from 1; 0 when the problem is the file as a whole.
    public var line: Int
    /// The column, from 1; 0 when unknown.
    public var column: Int
    /// The dotted path of the field, such as `processes.kundreskontra.volume`; empty for the whole file.
    public var field: String
    /// What is wrong, for a person.
    public var message: String

    /// An error at a place in a plan file.
    public init(file: String, line: Int, column: Int, field: String, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.field = field
        self.message = message
    }

    /// `file:line:column: field: message`.
    public var description: String {
        var place = file
        if line > 0 { place += ":\(line)" + (column > 0 ? ":\(column)" : "") }
        return "\(place): " + (field.isEmpty ? "" : "\(field): ") + message
    }
}
