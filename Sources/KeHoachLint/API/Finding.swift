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

  public init(
    ruleID: String, kind: String, severity: Severity, message: LocalizedText,
    location: SourceLocation, source: GuidanceSource, headingPath: [String] = [],
    quote: String? = nil, fixHint: LocalizedText? = nil
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
