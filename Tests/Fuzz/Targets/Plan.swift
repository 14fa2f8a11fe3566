// Fuzz target `plan`: any bytes as a staffing plan file (PlanFile, Yams), and a plan that reads is planned
// (StaffingPlanner: seasonality, backlog, Erlang C) so that hostile numbers reach the arithmetic too.
import Foundation
import PassformCore
import PassformFormats

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let text = TextDecoding.decode(Data(bytes: start, count: count)).text
    do {
        let document = try PlanFile.parse(text, file: "plan.yaml")
        _ = try StaffingPlanner().plan(document.plan)
    } catch is PlanFileError, is PlanningError {
    } catch {
        fatalError("unexpected error \(type(of: error)): \(error)")
    }
    return 0
}
