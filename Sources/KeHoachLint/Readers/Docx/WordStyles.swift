/// The styles part (`word/styles.xml`): paragraph and character styles with their `basedOn`
/// chains, the default paragraph style, numbering styles, and document default run formatting.
struct WordStyles: Sendable {
  struct Style: Sendable {
    let id: String
    let name: String?
    let basedOn: String?
    let paragraph: ParagraphProperties
    let run: RunFormatting
  }

  private(set) var paragraphStyles: [String: Style] = [:]
  private(set) var characterStyles: [String: Style] = [:]
  /// Numbering style id → its `numId` (targets of `w:numStyleLink`).
  private(set) var numberingStyleNumIDs: [String: String] = [:]
  private(set) var defaultParagraphStyle: String?
  private(set) var defaultCharacterStyle: String?
  /// `w:docDefaults/w:rPrDefault/w:rPr`.
  private(set) var defaultRunFormatting = RunFormatting()
  /// Each style's run formatting merged along its `basedOn` chain, made once: resolving a
  /// run's formatting happens for every run of the document.
  private var mergedParagraphRuns: [String: RunFormatting] = [:]
  private var mergedCharacterRuns: [String: RunFormatting] = [:]

  init() {}

  /// Reads the `w:styles` element the reader is on.
  init(reader: XMLStreamReader) throws(KeHoachLintError) {
    var styles = WordStyles()
    try reader.forEachChild { child throws(KeHoachLintError) in
      guard child.namespace == .word else { return }
      switch child.localName {
      case "docDefaults": styles.defaultRunFormatting = try Self.readDefaults(child)
      case "style": try styles.readStyle(child)
      default: return
      }
    }
    styles.mergedParagraphRuns = styles.paragraphStyles.keys.reduce(into: [:]) { merged, id in
      merged[id] = Self.merged(Self.chain(from: id, in: styles.paragraphStyles))
    }
    styles.mergedCharacterRuns = styles.characterStyles.keys.reduce(into: [:]) { merged, id in
      merged[id] = Self.merged(Self.chain(from: id, in: styles.characterStyles))
    }
    self = styles
  }

  /// The run formatting of a chain, nearest style first.
  private static func merged(_ chain: [Style]) -> RunFormatting {
    chain.reduce(RunFormatting()) { $0.inheriting(from: $1.run) }
  }

  private static func readDefaults(_ reader: XMLStreamReader) throws(KeHoachLintError) -> RunFormatting {
    var formatting = RunFormatting()
    try reader.forEachChild { child throws(KeHoachLintError) in
      guard child.isWord("rPrDefault") else { return }
      try child.forEachChild { properties throws(KeHoachLintError) in
        if properties.isWord("rPr") { formatting = try RunFormatting.read(properties) }
      }
    }
    return formatting
  }

  private mutating func readStyle(_ reader: XMLStreamReader) throws(KeHoachLintError) {
    let type = reader.attribute("type", in: .word) ?? "paragraph"
    let id = reader.attribute("styleId", in: .word) ?? ""
    let isDefault = reader.attribute("default", in: .word).map { WordBoolean.value($0) } ?? false
    var name: String?
    var basedOn: String?
    var paragraph = ParagraphProperties()
    var run = RunFormatting()
    try reader.forEachChild { child throws(KeHoachLintError) in
      guard child.namespace == .word else { return }
      switch child.localName {
      case "name": name = child.wordValue
      case "basedOn": basedOn = child.wordValue
      case "pPr": paragraph = try ParagraphProperties.read(child)
      case "rPr": run = try RunFormatting.read(child)
      default: return
      }
    }
    let style = Style(id: id, name: name, basedOn: basedOn, paragraph: paragraph, run: run)
    switch type {
    case "paragraph":
      paragraphStyles[id] = style
      if isDefault { defaultParagraphStyle = id }
    case "character":
      characterStyles[id] = style
      if isDefault { defaultCharacterStyle = id }
    case "numbering":
      if let numID = paragraph.numID { numberingStyleNumIDs[id] = numID }
    default:
      return
    }
  }

  /// The paragraph style `id` (or the default) and the styles it is based on, nearest first.
  func paragraphChain(_ id: String?) -> [Style] {
    Self.chain(from: id ?? defaultParagraphStyle, in: paragraphStyles)
  }

  /// Follows `basedOn` with a guard against cycles (a style based on itself is seen in the wild).
  private static func chain(from id: String?, in styles: [String: Style]) -> [Style] {
    var result: [Style] = []
    var seen: Set<String> = []
    var next = id
    while let current = next, let style = styles[current], seen.insert(current).inserted {
      result.append(style)
      next = style.basedOn
    }
    return result
  }

  /// The formatting of a run: its own, then its character style chain, then the paragraph
  /// style chain, then the document defaults.
  func resolve(_ run: RunFormatting, paragraphStyle: String?) -> RunFormatting {
    var resolved = run
    if let id = run.characterStyle, let merged = mergedCharacterRuns[id] { resolved = resolved.inheriting(from: merged) }
    if let id = paragraphStyle ?? defaultParagraphStyle, let merged = mergedParagraphRuns[id] {
      resolved = resolved.inheriting(from: merged)
    }
    return resolved.inheriting(from: defaultRunFormatting)
  }
}
