/// One departure from the guidance, found in one input. This is all a reporter sees.
public struct Finding: Sendable, Hashable, Codable {
  /// The rule instance that produced it (what users enable, disable and suppress).
  public var ruleID: String
  /// The rule kind (the code that checks), e.g. `required-sections`.
  public var kind: String
  public var severity: Severity
  public var message: LocalizedText
  public var location: SourceLocation
  /// The guidance text the rule enforces.
  public var source: GuidanceSource
  /// Titles of the sections the location sits under, outermost first.
  public var headingPath: [String]
  /// The start of the paragraph the location is in, so a person can find it in Word.
  public var quote: String?
  public var fixHint: LocalizedText?
  /// The safe fix, when the rule knows the one right text (`kehoach-lint fix` applies it).
  public var fix: Fix?
  /// The source line the location is on, as written (text formats only), so a terminal
  /// report can quote it with a marker under the column. Filled by the linter, not by rules.
  public var sourceLine: String?
  /// Set when a waiver in `.kehoach-lint.yml` accepts this departure: the finding stays in
  /// every report but counts neither for the exit status nor for the verdict.
  public var waiver: WaiverNote?

  /// Whether the finding counts (not waived).
  public var isWaived: Bool { waiver != nil }

  public init(
    ruleID: String, kind: String, severity: Severity, message: LocalizedText,
    location: SourceLocation, source: GuidanceSource, headingPath: [String] = [],
    quote: String? = nil, fixHint: LocalizedText? = nil, sourceLine: String? = nil, fix: Fix? = nil
  ) {
    self.ruleID = ruleID
    self.kind = kind
    self.severity = severity
    self.message = message
    self.location = location
    self.source = source
    self.headingPath = headingPath
    self.quote = quote
    self.fixHint = fixHint
    self.sourceLine = sourceLine
    self.fix = fix
  }
}

extension Finding: Comparable {
  /// File, line, column, the more severe first, then rule: the order reporters print.
  public static func < (lhs: Finding, rhs: Finding) -> Bool {
    if lhs.location != rhs.location { return lhs.location < rhs.location }
    if lhs.severity != rhs.severity { return lhs.severity > rhs.severity }
    if lhs.ruleID != rhs.ruleID { return lhs.ruleID < rhs.ruleID }
    return lhs.message.vi < rhs.message.vi
  }
}
