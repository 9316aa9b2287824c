/// An inline instruction to the linter written in the document, e.g.
/// `<!-- kehoach-lint-disable pl1-placeholders -->` in Markdown.
public struct Directive: Sendable, Hashable {
  public enum Kind: String, Sendable, Hashable {
    /// From here to an `enable` (or the end of the file).
    case disable = "kehoach-lint-disable"
    /// Ends a `disable`.
    case enable = "kehoach-lint-enable"
    /// Only the next line with content.
    case disableNextLine = "kehoach-lint-disable-next-line"
  }

  public let kind: Kind
  /// Rule ids (or kind ids) the directive names.
  public let rules: [String]
  public let location: SourceLocation
  /// For a Word comment: the paragraphs it is on, which it alone covers.
  public let paragraphs: ClosedRange<Int>?

  public init(kind: Kind, rules: [String], location: SourceLocation, paragraphs: ClosedRange<Int>? = nil) {
    self.kind = kind
    self.rules = rules
    self.location = location
    self.paragraphs = paragraphs
  }

  /// The rules a Word comment's text suppresses: "kehoach-lint-disable a, b – lý do …" → [a, b];
  /// nil when the text does not start with `kehoach-lint-disable` and a rule.
  public static func wordCommentRules(_ text: String) -> [String]? {
    let body = text.trimmingWhitespace()
    let keyword = Kind.disable.rawValue
    guard body.hasPrefix(keyword) else { return nil }
    var rest = body.dropFirst(keyword.count)
    guard let first = rest.first, first == " " || first == "\t" || first == "\u{00A0}" || first == ":" else { return nil }
    // The reason after a dash (Word turns " - " into " – "), or on the next line.
    if let cut = rest.firstIndex(where: { $0 == "–" || $0 == "—" || $0.isNewline }) { rest = rest[..<cut] }
    if let cut = rest.range(of: " - ") { rest = rest[..<cut.lowerBound] }
    let rules = rest.split(whereSeparator: { $0 == " " || $0 == "," || $0 == ";" || $0 == ":" || $0 == "\t" || $0 == "\u{00A0}" })
      .map(String.init)
    return rules.isEmpty ? nil : rules
  }

  /// The directives in an HTML comment's text (`<!-- kehoach-lint-disable a, b -->`).
  public static func parse(comment: String, location: SourceLocation) -> [Directive] {
    var result: [Directive] = []
    var rest = Substring(comment)
    while let open = rest.range(of: "<!--") {
      guard let close = rest.range(of: "-->", range: open.upperBound..<rest.endIndex) else { break }
      let body = rest[open.upperBound..<close.lowerBound].trimmingWhitespace()
      let words = body.split(whereSeparator: { $0 == " " || $0 == "," || $0.isNewline }).map(String.init)
      // Longest kind name first: "kehoach-lint-disable-next-line" also starts "kehoach-lint-disable".
      if let first = words.first, let kind = [Kind.disableNextLine, .disable, .enable].first(where: { $0.rawValue == first }) {
        result.append(Directive(kind: kind, rules: Array(words.dropFirst()), location: location))
      }
      rest = rest[close.upperBound...]
    }
    return result
  }
}
