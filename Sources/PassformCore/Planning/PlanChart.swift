/// An inline SVG chart of monthly need against staff: stacked bars of permanent and temporary staff, and
/// a line of the paid FTE needed. No scripts, no fonts or images from the network.
public enum PlanChart {
    /// The chart for `months` (twelve rows), `width` × `height` pixels.
    public static func svg(_ months: [StaffingReport.MonthTotal], width: Int = 720, height: Int = 300) -> String {
        let left = 48.0
        let right = 16.0
        let top = 16.0
        let bottom = 40.0
        let plotWidth = Double(width) - left - right
        let plotHeight = Double(height) - top - bottom
        let highest = months.map { max($0.need, $0.permanent + $0.temporary) }.max() ?? 0
        let step = niceStep(highest / 5)
        let maximum = max(step, (highest / step).rounded(.up) * step)
        func y(_ value: Double) -> Double { top + plotHeight - value / maximum * plotHeight }
        func n(_ value: Double) -> String { NumberFormatting.fixed(value, decimals: 1) }
        let slot = plotWidth / Double(max(1, months.count))
        let barWidth = slot * 0.6

        var out = """
            <svg xmlns="http://www.w3.org/2000/svg" width="\(width)" height="\(height)" viewBox="0 0 \(width) \(height)" \
            role="img" aria-label="Paid FTE needed against staff planned, month by month">
            <style>text { font: 11px sans-serif; fill: #444; } .grid { stroke: #e3e3e3; } .axis { stroke: #888; }</style>

            """
        var tick = 0.0
        while tick <= maximum + step / 2 {
            out += "<line class=\"grid\" x1=\"\(n(left))\" x2=\"\(n(left + plotWidth))\" y1=\"\(n(y(tick)))\" y2=\"\(n(y(tick)))\"/>"
            out += "<text x=\"\(n(left - 6))\" y=\"\(n(y(tick) + 4))\" text-anchor=\"end\">\(NumberFormatting.fixed(tick, decimals: step < 1 ? 1 : 0))</text>\n"
            tick += step
        }
        var points: [String] = []
        for (i, month) in months.enumerated() {
            let x = left + slot * Double(i) + (slot - barWidth) / 2
            let permanentTop = y(month.permanent)
            let totalTop = y(month.permanent + month.temporary)
            out += "<rect x=\"\(n(x))\" y=\"\(n(permanentTop))\" width=\"\(n(barWidth))\" height=\"\(n(y(0) - permanentTop))\" fill=\"#6b8fb5\">"
                + "<title>\(StaffingReport.monthNames[month.month - 1]): permanent \(n(month.permanent)) FTE</title></rect>"
            if month.temporary > 0 {
                out += "<rect x=\"\(n(x))\" y=\"\(n(totalTop))\" width=\"\(n(barWidth))\" height=\"\(n(permanentTop - totalTop))\" fill=\"#e3a857\">"
                    + "<title>\(StaffingReport.monthNames[month.month - 1]): temporary \(n(month.temporary)) FTE</title></rect>"
            }
            out += "<text x=\"\(n(x + barWidth / 2))\" y=\"\(n(top + plotHeight + 16))\" text-anchor=\"middle\">\(StaffingReport.monthNames[month.month - 1])</text>\n"
            points.append("\(n(x + barWidth / 2)),\(n(y(month.need)))")
        }
        out += "<polyline points=\"\(points.joined(separator: " "))\" fill=\"none\" stroke=\"#b42318\" stroke-width=\"2.5\"/>\n"
        for (i, month) in months.enumerated() {
            let x = left + slot * Double(i) + slot / 2
            out += "<circle cx=\"\(n(x))\" cy=\"\(n(y(month.need)))\" r=\"3.5\" fill=\"#b42318\"><title>"
                + "\(StaffingReport.monthNames[month.month - 1]): need \(n(month.need)) FTE</title></circle>"
        }
        out += "\n<line class=\"axis\" x1=\"\(n(left))\" x2=\"\(n(left + plotWidth))\" y1=\"\(n(y(0)))\" y2=\"\(n(y(0)))\"/>\n"
        let legendY = Double(height) - 8
        out += """
            <rect x="\(n(left))" y="\(n(legendY - 9))" width="10" height="10" fill="#6b8fb5"/><text x="\(n(left + 14))" y="\(n(legendY))">permanent staff</text>
            <rect x="\(n(left + 120))" y="\(n(legendY - 9))" width="10" height="10" fill="#e3a857"/><text x="\(n(left + 134))" y="\(n(legendY))">temporary staff</text>
            <line x1="\(n(left + 240))" x2="\(n(left + 260))" y1="\(n(legendY - 4))" y2="\(n(legendY - 4))" stroke="#b42318" stroke-width="2.5"/><text x="\(n(left + 264))" y="\(n(legendY))">paid FTE needed</text>
            </svg>

            """
        return out
    }

    /// 1, 2 or 5 times a power of ten, at least `rough`.
    static func niceStep(_ rough: Double) -> Double {
        guard rough > 0, rough.isFinite else { return 1 }
        var power = 1.0
        while power * 10 <= rough { power *= 10 }
        while power > rough { power /= 10 }
        for factor in [1.0, 2, 5, 10] where power * factor >= rough { return power * factor }
        return power * 10
    }
}
