import Foundation

/// A departure accepted on purpose, recorded in `.kehoach-lint.yml` with who approved it and
/// until when:
///
/// ```yaml
/// waivers:
///   - rule: pl1-security-spending-share
///     file: ke-hoach/so-y-te.docx          # glob, relative to the configuration; optional
///     section: "Phần II/VII"               # heading path, outermost first; optional
///     reason: Dự án SOC do tỉnh đầu tư tập trung
///     approved-by: Sở TT&TT, Công văn 123/STTTT-CNTT
///     expires: 31/12/2021                  # optional
/// ```
///
/// A waived finding stays in every report, marked as waived, but counts neither for the exit
/// status nor for the verdict. An expired waiver waives nothing and is itself an error; one
/// that waives nothing is reported as a warning.
public struct Waiver: Sendable, Hashable, Decodable {
  /// A rule id or a kind id.
  public var rule: String
  public var file: String?
  /// Heading path components separated by "/", each matching a heading's number ("II", "3",
  /// "Phần II") or the start of its title.
  public var section: String?
  public var reason: String
  public var approvedBy: String
  public var expires: CivilDate?
  /// The configuration file and the line and column of the waiver's entry.
  public var configurationFile: String?
  public var line: Int?
  public var column: Int?

  public init(
    rule: String, file: String? = nil, section: String? = nil, reason: String, approvedBy: String, expires: CivilDate? = nil
  ) {
    self.rule = rule
    self.file = file
    self.section = section
    self.reason = reason
    self.approvedBy = approvedBy
    self.expires = expires
  }

  enum CodingKeys: String, CodingKey, CaseIterable {
    case rule, file, section, reason, approvedBy = "approved-by", expires
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
    guard let rule = try container.decodeIfPresent(String.self, forKey: .rule), !rule.isEmpty else {
      throw DecodingProblem(at: decoder.codingPath, Messages.FileProblem.waiverNeeds("rule"))
    }
    self.rule = rule
    file = try container.decodeIfPresent(String.self, forKey: .file)
    section = try container.decodeIfPresent(String.self, forKey: .section)
    // Who accepted the departure and why are the whole point of a waiver.
    guard let reason = try container.decodeIfPresent(String.self, forKey: .reason), !reason.trimmingWhitespace().isEmpty else {
      throw DecodingProblem(at: decoder.codingPath, Messages.FileProblem.waiverNeeds("reason"))
    }
    guard let approver = try container.decodeIfPresent(String.self, forKey: .approvedBy), !approver.trimmingWhitespace().isEmpty else {
      throw DecodingProblem(at: decoder.codingPath, Messages.FileProblem.waiverNeeds("approved-by"))
    }
    self.reason = reason.trimmingWhitespace()
    approvedBy = approver.trimmingWhitespace()
    if let text = try container.decodeIfPresent(String.self, forKey: .expires) {
      guard let date = CivilDate(dayMonthYear: text.trimmingWhitespace()) else {
        throw container.problem(forKey: .expires, Messages.FileProblem.invalidValue(text, path: "expires", expected: .date))
      }
      expires = date
    }
  }

  /// Whether the waiver no longer applies on `today`: it lasts through its expiry day.
  public func isExpired(on today: CivilDate) -> Bool {
    guard let expires else { return false }
    return expires < today
  }

  /// The note a waived finding carries.
  public var note: WaiverNote {
    WaiverNote(
      reason: reason, approvedBy: approvedBy, expires: expires, configurationFile: configurationFile, line: line)
  }

  /// Whether this waiver covers `finding` in the plan at `relativePath` (relative to the
  /// configuration's folder; nil outside it).
  func covers(_ finding: Finding, relativePath: String?) -> Bool {
    guard finding.ruleID == rule || finding.kind == rule else { return false }
    if let file {
      guard let relativePath, Glob.matches(file, relativePath) else { return false }
    }
    return section.map { Self.sectionMatches($0, headingPath: finding.headingPath) } ?? true
  }

  /// Whether the waiver's file pattern names the plan (no pattern: every plan).
  func names(relativePath: String?) -> Bool {
    guard let file else { return true }
    return relativePath.map { Glob.matches(file, $0) } ?? false
  }

  /// "Phần II/VII" against ["PHẦN II. NHIỆM VỤ", "VII. KINH PHÍ …", …]: each component matches
  /// the heading at its depth, by number or by the start of the title.
  static func sectionMatches(_ section: String, headingPath: [String]) -> Bool {
    let components = section.split(separator: "/").map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
    guard components.count <= headingPath.count else { return false }
    return zip(components, headingPath).allSatisfy { component, heading in headingMatches(component, heading) }
  }

  static func headingMatches(_ component: String, _ heading: String) -> Bool {
    let wanted = VietnameseFolding.fold(component)
    var title = VietnameseFolding.fold(heading)
    if let parsed = SectionLabelParser.parse(heading) {
      // The title without its number: "Kinh phí" matches "VII. KINH PHÍ THỰC HIỆN".
      let rest = VietnameseFolding.fold(String(heading[parsed.titleStart...]))
      if rest.hasPrefix(wanted), rest.dropFirst(wanted.count).first.map({ !$0.isLetter && !$0.isNumber }) ?? true { return true }
      let label = VietnameseFolding.fold(parsed.label.text).trimmingCharacters(in: CharacterSet(charactersIn: ".):– -"))
      let wantedLabel = wanted.trimmingCharacters(in: CharacterSet(charactersIn: ".):– -"))
      if label == wantedLabel { return true }
      let number = label.split(separator: " ").last.map(String.init) ?? label
      if number == wantedLabel { return true }
    }
    title = title.trimmingWhitespace()
    guard title.hasPrefix(wanted) else { return false }
    // A whole word: "II" must not match "III".
    let rest = title.dropFirst(wanted.count)
    return rest.first.map { !$0.isLetter && !$0.isNumber } ?? true
  }
}

/// What a waived finding carries: why it is accepted, by whom, until when, and where the
/// waiver is written.
public struct WaiverNote: Sendable, Hashable, Codable {
  public var reason: String
  public var approvedBy: String
  public var expires: CivilDate?
  public var configurationFile: String?
  public var line: Int?

  public init(reason: String, approvedBy: String, expires: CivilDate?, configurationFile: String?, line: Int?) {
    self.reason = reason
    self.approvedBy = approvedBy
    self.expires = expires
    self.configurationFile = configurationFile
    self.line = line
  }
}
