/// Keeps a command's large results alive until the process exits. Freeing 20,000 parsed CVs and their evaluations
/// object by object took a tenth of a second on one core at the end of `screen`, after the report was written; the
/// operating system takes the memory back at exit in one step.
enum ProcessLifetime {
    static func keep<Value>(_ value: Value) {
        _ = Unmanaged.passRetained(Box(value))
    }

    private final class Box<Value> {
        let value: Value
        init(_ value: Value) { self.value = value }
    }
}
