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
    self = styles
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

  func characterChain(_ id: String?) -> [Style] {
    Self.chain(from: id, in: characterStyles)
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
    for style in characterChain(run.characterStyle) { resolved = resolved.inheriting(from: style.run) }
    for style in paragraphChain(paragraphStyle) { resolved = resolved.inheriting(from: style.run) }
    return resolved.inheriting(from: defaultRunFormatting)
  }
}
