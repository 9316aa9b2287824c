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

  public init(kind: Kind, rules: [String], location: SourceLocation) {
    self.kind = kind
    self.rules = rules
    self.location = location
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
