import Foundation

/// A record of known findings, so a repository of existing plans can adopt the gate and
/// fail only on new problems. Findings are matched by file, rule, section path and message —
/// never by line — so edits that move text do not break the match.
public struct Baseline: Sendable, Codable {
  public struct Entry: Sendable, Codable, Hashable {
    /// The file, relative to the baseline file's folder.
    public var file: String
    public var ruleId: String
    public var fingerprint: String
    /// For people reading the baseline; not used to match.
    public var message: String
  }

  public static let version = 1
  public var version: Int
  public var entries: [Entry]

  /// A baseline of every finding in `report`, for a baseline file at `path`.
  public init(report: LintReport, path: String) {
    version = Self.version
    let folder = Self.folder(of: path)
    entries = report.findings.map { finding in
      Entry(
        file: Self.relative(finding.location.file, to: folder), ruleId: finding.ruleID, fingerprint: Self.fingerprint(finding),
        message: finding.message.vi)
    }.sorted { ($0.file, $0.ruleId, $0.fingerprint) < ($1.file, $1.ruleId, $1.fingerprint) }
  }

  public static func load(_ path: String) throws(KeHoachLintError) -> Baseline {
    guard FileManager.default.fileExists(atPath: path) else { throw .fileNotFound(path: path) }
    // Read as YAML (JSON is YAML), so every error points to the line and column of the
    // offending key or value and is in both languages.
    do {
      let source = try YAMLSource(file: path)
      return try source.decode(Baseline.self)
    } catch .rulePack(let file, let line, let column, let reason) {
      throw .rulePack(file: file, line: line, column: column, reason: Messages.FileProblem.notABaseline(reason))
    }
  }

  public func write(to path: String) throws(KeHoachLintError) {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    do {
      try (encoder.encode(self) + Data("\n".utf8)).write(to: URL(fileURLWithPath: path))
    } catch {
      throw .unreadable(path: path, reason: Messages.Input.cannotWriteBaseline(error.localizedDescription))
    }
  }

  /// `report` without the findings this baseline (read from `path`) already records; each
  /// entry absorbs one finding.
  public func filter(_ report: LintReport, baselinePath path: String) -> LintReport {
    apply(to: report, baselinePath: path).report
  }

  /// `report` without the recorded findings, and the entries that matched nothing (stale:
  /// fixed since, so the baseline can be refreshed). Entries for files not in this run are
  /// not stale: the run may check only some files.
  public func apply(to report: LintReport, baselinePath path: String) -> (report: LintReport, stale: [Entry]) {
    let folder = Self.folder(of: path)
    var remaining: [String: Int] = [:]
    for entry in entries { remaining[Self.key(entry), default: 0] += 1 }
    let files = report.files.map { file in
      let kept = file.findings.filter { finding in
        let key = Self.relative(finding.location.file, to: folder) + "\u{1F}" + Self.fingerprint(finding)
        guard let count = remaining[key], count > 0 else { return true }
        remaining[key] = count - 1
        return false
      }
      return file.with(findings: kept)
    }
    var filtered = LintReport(files: files)
    filtered.setupTimings = report.setupTimings
    let checked = Set(report.files.filter { $0.error == nil }.map { Self.relative($0.path, to: folder) })
    var stale: [Entry] = []
    for entry in entries where checked.contains(entry.file) {
      let key = Self.key(entry)
      guard let count = remaining[key], count > 0 else { continue }
      remaining[key] = count - 1
      stale.append(entry)
    }
    return (filtered, stale)
  }

  private static func key(_ entry: Entry) -> String { entry.file + "\u{1F}" + padded(entry.fingerprint) }

  /// Stable across runs and line moves: FNV-1a of rule, section path and message, as 16
  /// hexadecimal digits (fixed width).
  public static func fingerprint(_ finding: Finding) -> String {
    let text = ([finding.ruleID] + finding.headingPath + [finding.message.vi]).joined(separator: "\u{1F}")
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x100_0000_01b3
    }
    return padded(String(hash, radix: 16))
  }

  /// A fingerprint at its fixed width (baselines written before it was fixed dropped
  /// leading zeros).
  static func padded(_ fingerprint: String) -> String {
    String(repeating: "0", count: max(0, 16 - fingerprint.count)) + fingerprint
  }

  private static func folder(of path: String) -> String {
    (ProjectConfiguration.absolute(path) as NSString).deletingLastPathComponent
  }

  private static func relative(_ file: String, to folder: String) -> String {
    let full = (ProjectConfiguration.absolute(file) as NSString).standardizingPath
    let prefix = folder.hasSuffix("/") ? folder : folder + "/"
    return full.hasPrefix(prefix) ? String(full.dropFirst(prefix.count)) : full
  }
}
