import Foundation
import PassformCore
import PassformFormats
import PassformStorage

/// The register figures of `passform bench run`: `db import` of text CVs, and `db search` over registers of growing
/// size. Each command is this very binary run end to end in its own process (start-up, profile loading and output
/// included), timed from outside, with that process's peak resident memory (VmHWM, sampled every millisecond).
struct BenchRegister {
    var items: [CorpusFiles.Item]
    var asOf: YearMonth
    var profile: String
    /// `--profiles DIR` as given to `bench run`, passed on to `db search`.
    var profiles: String?

    /// A finished child process: wall-clock seconds, peak resident memory in MiB, exit status.
    struct Run {
        var seconds: Double
        var peakMiB: Double
        var status: Int32
    }

    /// Runs this binary with `arguments`, its output to /dev/null.
    static func run(_ arguments: [String]) throws -> Run {
        let binary = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([binary] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        let clock = ContinuousClock()
        let start = clock.now
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, binary, &actions, nil, argv, environ)
        guard spawned == 0 else { throw BenchRegisterError.cannotRun(binary, String(cString: strerror(spawned))) }
        // The child's own peak (VmHWM), read while it runs: its rusage maximum would include this process's
        // memory, which it inherits at the exec.
        var status: Int32 = 0
        var peakKiB = 0
        while true {
            let done = waitpid(pid, &status, WNOHANG)
            if done == pid { break }
            if done < 0, errno != EINTR { break }
            peakKiB = max(peakKiB, Self.highWaterKiB(pid) ?? 0)
            usleep(1_000)
        }
        let seconds = BenchMeasurements.seconds(clock.now - start)
        let exit: Int32 = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return Run(seconds: seconds, peakMiB: Double(peakKiB) / 1024, status: exit)
    }

    /// `VmHWM` of a running process, in KiB (Linux); nil when it cannot be read.
    static func highWaterKiB(_ pid: pid_t) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") })
        else { return nil }
        return line.split(separator: " ").compactMap { Int($0) }.first
    }

    /// The text CVs of the corpus, as files in `folder`.
    func textCVs(in folder: URL) throws -> [URL] {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return try items.filter { $0.format == .txt }.map { item in
            let url = folder.appendingPathComponent((item.file as NSString).lastPathComponent)
            try item.data.write(to: url)
            return url
        }
    }

    /// `passform db import` of every text CV of the corpus into a new register.
    func importFigure(scratch: URL) throws -> BenchFigure? {
        let files = try textCVs(in: scratch.appendingPathComponent("import-cvs"))
        guard !files.isEmpty else { return nil }
        let db = scratch.appendingPathComponent("import.sqlite").path
        let run = try Self.run([
            "db", "import", scratch.appendingPathComponent("import-cvs").path, "--db", db, "--as-of", asOf.description,
        ])
        guard run.status == 0 else { throw BenchRegisterError.failed("db import", run.status) }
        return BenchFigure(
            name: "db import text CVs", count: files.count, seconds: run.seconds, rate: Double(files.count) / run.seconds, unit: "CVs",
            peakMiB: run.peakMiB, target: "≥ 1,000/s", note: "end to end, new register, one transaction per file")
    }

    /// For each size: the register filled to that size (from the corpus's text CVs, each copy its own person), then
    /// `db search --profile P` timed twice: everyone listed, and `--top 20`.
    func searchFigures(sizes: [Int], scratch: URL, keep: String? = nil) throws -> [BenchFigure] {
        let reader = CVReader()
        let templates = items.filter { $0.format == .txt }.compactMap { item -> CVImport? in
            guard let document = try? reader.read(item.data, file: item.file, asOf: asOf) else { return nil }
            return CVImport(fileName: item.file, bytes: item.data, candidate: document.candidate)
        }
        guard !templates.isEmpty else { return [] }
        let path = keep ?? scratch.appendingPathComponent("search.sqlite").path
        let register = try PassformDatabase.open(at: path)
        var figures: [BenchFigure] = []
        var stored = try register.candidateCount()
        for size in sizes.sorted() where size >= stored {
            let clock = ContinuousClock()
            let start = clock.now
            let added = size - stored
            stored = try register.fill(from: templates, count: added, startingAt: stored, by: "bench")
            let fillSeconds = BenchMeasurements.seconds(clock.now - start)
            var arguments = ["db", "search", "--profile", profile, "--db", path, "--as-of", asOf.description]
            if let profiles { arguments += ["--profiles", profiles] }
            // The first run reads the file into the page cache, as any register in use is.
            _ = try Self.run(arguments + ["--top", "20"])
            for top in [nil, 20] as [Int?] {
                let run = try Self.run(arguments + (top.map { ["--top", "\($0)"] } ?? []))
                guard run.status == 0 else { throw BenchRegisterError.failed("db search", run.status) }
                let target: String? =
                    switch stored {
                    case 100_000: "≤ 0.3 s, ≤ 500 MB"
                    case 1_000_000: "≤ 3 s"
                    default: nil
                    }
                figures.append(
                    BenchFigure(
                        name: "db search \(profile)\(top.map { " --top \($0)" } ?? ", all listed")", count: stored,
                        seconds: run.seconds, rate: Double(stored) / run.seconds, unit: "candidates", peakMiB: run.peakMiB,
                        target: target,
                        note: top != nil ? "end to end"
                            : added == 0 ? "end to end; register kept from an earlier run"
                            : String(format: "end to end; register filled in %.0f s from %d text CVs", fillSeconds, templates.count)))
            }
        }
        return figures
    }
}

/// Why a register figure could not be measured.
enum BenchRegisterError: Error, CustomStringConvertible {
    case cannotRun(String, String)
    case failed(String, Int32)

    var description: String {
        switch self {
        case .cannotRun(let binary, let reason): "cannot run \(binary) to measure the register: \(reason)"
        case .failed(let command, let status): "'passform \(command)' failed with exit code \(status) while measuring; run it by hand to see why"
        }
    }
}
