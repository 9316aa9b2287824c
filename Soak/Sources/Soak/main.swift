import Foundation
import KeHoachLint

// Lints Fixtures/markdown, Fixtures/docx and Fixtures/hostile ITERATIONS times in one process,
// the way `kehoach-lint check` does (LintSession: packs loaded, inputs expanded, each file
// read and checked, unreadable ones reported), and compares resident memory after a warm-up
// iteration with the end. A leak grows RSS with every iteration; the threshold leaves room
// for the allocator's own settling, which stops after the first iterations.
//
// Usage: Soak [ITERATIONS=1000] [--jobs N] [--time-limit SECONDS] [--max-growth MB] [--root DIR]
// Exits 0 when RSS grew by at most the threshold and every iteration gave the same results,
// 1 otherwise, 2 on a usage error.

struct Options {
  var iterations = 1000
  var jobs = 1
  var timeLimit: Double?
  /// Growth of RSS between the warm-up and the end that counts as a leak.
  var maximumGrowth = 16.0
  var root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().path

  init(_ arguments: [String]) throws(UsageError) {
    var rest = arguments[...]
    while let argument = rest.popFirst() {
      switch argument {
      case "--jobs": jobs = try Self.value(&rest, argument)
      case "--time-limit": timeLimit = try Self.value(&rest, argument)
      case "--max-growth": maximumGrowth = try Self.value(&rest, argument)
      case "--root": root = try Self.value(&rest, argument)
      default:
        guard let count = Int(argument), count >= 1 else { throw UsageError(text: "unknown argument \(argument)") }
        iterations = count
      }
    }
  }

  static func value<T: LosslessStringConvertible>(_ rest: inout ArraySlice<String>, _ name: String) throws(UsageError) -> T {
    guard let text = rest.popFirst(), let value = T(text) else { throw UsageError(text: "\(name) needs a value") }
    return value
  }
}

struct UsageError: Error {
  let text: String
}

/// glibc's `malloc_trim`, looked up at run time (Swift's Glibc module leaves out malloc.h).
let trimMalloc: (@convention(c) (Int) -> Int32)? = dlsym(nil, "malloc_trim").map {
  unsafeBitCast($0, to: (@convention(c) (Int) -> Int32).self)
}

/// Resident set size in MB, from /proc/self/statm (its second field, in pages), after
/// `malloc_trim(0)` hands the allocator's free memory back to the system. Without it, each
/// worker thread's malloc arena keeps its own high-water mark, and RSS climbs over the first
/// iterations (36 → 60 MB with two jobs) with nothing leaked; what stays after trimming is
/// what is still allocated, which a leak makes grow.
func residentMegabytes() -> Double {
  _ = trimMalloc?(0)
  guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return .nan }
  let fields = text.split(separator: " ")
  guard fields.count > 1, let pages = Double(fields[1]) else { return .nan }
  return pages * Double(sysconf(Int32(_SC_PAGESIZE))) / 1_048_576
}

/// What one iteration found, per file: the error code or the number of findings.
func outcome(_ report: LintReport) -> [String] {
  report.files.map { file in "\(file.path) \(file.error?.code ?? "\(file.findings.count) findings")" }
}

/// A line on standard output at once, also when it is a file or a pipe (print buffers those).
func say(_ line: String) {
  FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

func format(_ megabytes: Double) -> String { String(format: "%.1f MB", megabytes) }

let options: Options
do {
  options = try Options(Array(CommandLine.arguments.dropFirst()))
} catch {
  FileHandle.standardError.write(Data("Soak: \(error.text)\n".utf8))
  exit(2)
}

// An empty configuration for every input: Fixtures/.kehoach-lint.yml keeps hostile/** out of
// folder walks, and here the hostile corpus is wanted.
let configuration = NSTemporaryDirectory() + "kehoach-lint-soak-\(ProcessInfo.processInfo.processIdentifier).yml"
try "{}\n".write(toFile: configuration, atomically: true, encoding: .utf8)
let request: LintRequest = {
  var request = LintRequest(
    paths: ["markdown", "docx", "hostile"].map { options.root + "/Fixtures/" + $0 }, rulesDirectory: options.root + "/Rules")
  request.configFile = configuration
  request.jobs = options.jobs
  return request
}()

func lintOnce(_ request: LintRequest) -> LintReport? {
  do {
    return try LintSession.run(request)
  } catch {
    FileHandle.standardError.write(Data("Soak: \(error.message.en)\n".utf8))
    return nil
  }
}

let start = Date()
guard let first = lintOnce(request) else { exit(1) }
let expected = outcome(first)
let unreadable = first.files.filter { $0.error != nil }.count
let warm = residentMegabytes()
let warmUpSeconds = String(format: "%.2f", Date().timeIntervalSince(start))
say("warm-up: \(first.files.count) files (\(unreadable) unreadable) in \(warmUpSeconds) s; RSS \(format(warm))")

var done = 0
var changed = 0
let loopStart = Date()
let step = max(1, options.iterations / 10)
while done < options.iterations {
  guard let report = lintOnce(request) else { exit(1) }
  let found = outcome(report)
  if found != expected {
    changed += 1
    // The first difference, to start from when it is not a memory problem.
    if changed == 1, let index = found.indices.first(where: { $0 >= expected.count || found[$0] != expected[$0] }) {
      say("iteration \(done + 1) differs: “\(found[index])” instead of “\(index < expected.count ? expected[index] : "nothing")”")
    }
  }
  done += 1
  let elapsed = Date().timeIntervalSince(loopStart)
  if done % step == 0 || done == options.iterations {
    let perIteration = String(format: "%.3f", elapsed / Double(done))
    say("iteration \(done)/\(options.iterations): RSS \(format(residentMegabytes())), \(perIteration) s per iteration")
  }
  if let limit = options.timeLimit, elapsed >= limit, done < options.iterations {
    say("time limit of \(Int(limit)) s reached after \(done) of \(options.iterations) iterations")
    break
  }
}

let end = residentMegabytes()
let growth = end - warm
let leaked = growth > options.maximumGrowth
say(
  "RSS after warm-up \(format(warm)), after \(done) iterations \(format(end)): growth \(format(growth)) "
    + "(threshold \(format(options.maximumGrowth))) — \(leaked ? "FAIL" : "PASS")")
if changed > 0 { say("FAIL: \(changed) iterations gave results different from the warm-up's") }
try? FileManager.default.removeItem(atPath: configuration)
exit(leaked || changed > 0 ? 1 : 0)
