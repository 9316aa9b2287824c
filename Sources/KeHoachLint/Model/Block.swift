/// One block of a plan: what every reader produces and every rule sees.
public struct Block: Sendable, Hashable {
  public enum Kind: Sendable, Hashable {
    /// A heading the input marks as such (`#` in Markdown, a heading style in Word).
    case heading(level: Int)
    case paragraph
    /// An item of a list; `depth` is 1 for a top-level list.
    case listItem(depth: Int)
    case table
  }

  public let kind: Kind
  /// The visible text, inline markup removed; empty for a table.
  public let text: String
  /// A label shown before the text that is not part of it: a Markdown ordered-list marker
  /// ("1.") or Word's automatic numbering ("I.", "Phần 1", "a)").
  public let label: String?
  /// Where the block starts.
  public let location: SourceLocation
  /// Where each character of `text` is in the source.
  public let textMap: TextMap
  /// The whole text is bold (a bold line often stands for a heading in drafts).
  public let isStrong: Bool
  /// The table, for `.table` blocks.
  public let table: Table?

  public init(
    kind: Kind, text: String, label: String? = nil, location: SourceLocation,
    textMap: TextMap? = nil, isStrong: Bool = false, table: Table? = nil
  ) {
    self.kind = kind
    self.text = text
    self.label = label
    self.location = location
    self.textMap = textMap ?? TextMap(start: location)
    self.isStrong = isStrong
    self.table = table
  }

  /// The label and the text as a reader sees them on one line.
  public var displayText: String {
    guard let label, !label.isEmpty else { return text }
    return text.isEmpty ? label : "\(label) \(text)"
  }

  /// The source location of the character at `index` in `text`.
  public func location(at index: String.Index) -> SourceLocation {
    textMap.location(of: index, in: text)
  }

  /// The first characters of the text, for quoting in a report.
  public func quote(maxCharacters: Int = 60) -> String {
    let flat = displayText.split(whereSeparator: \.isNewline).joined(separator: " ")
    guard flat.count > maxCharacters else { return flat }
    return String(flat.prefix(maxCharacters)) + "…"
  }
}
