/// The numbering part (`word/numbering.xml`): abstract list definitions and the list
/// instances (`w:num`) paragraphs point at (ECMA-376 Part 1 §17.9).
struct WordNumbering: Sendable {
  /// One level (`w:lvl`) of a list definition.
  struct Level: Sendable {
    var start = 1
    var format = "decimal"
    /// `w:numFmt/@w:format` for `custom` formats ("001, 002, 003, ...").
    var customFormat: String?
    /// `w:lvlText`, with `%1`…`%9` placeholders.
    var text: String?
    /// `w:pStyle`: the paragraph style this level belongs to.
    var paragraphStyle: String?
    /// `w:isLgl`: every placeholder shown as a decimal ("1.1" under a Roman "I").
    var isLegal = false
    /// `w:lvlRestart`: nil = restart after any higher level; 0 = never; n = after level n.
    var restart: Int?
  }

  struct AbstractDefinition: Sendable {
    var levels: [Int: Level] = [:]
    /// `w:numStyleLink`: the definition lives in a numbering style.
    var styleLink: String?
  }

  struct Override: Sendable {
    var startOverride: Int?
    var level: Level?
  }

  struct Instance: Sendable {
    var abstractID: String?
    var overrides: [Int: Override] = [:]
  }

  private(set) var abstracts: [String: AbstractDefinition] = [:]
  private(set) var instances: [String: Instance] = [:]

  init() {}

  /// Reads the `w:numbering` element the reader is on.
  init(reader: XMLStreamReader) throws(KeHoachLintError) {
    var numbering = WordNumbering()
    try reader.forEachChild { child throws(KeHoachLintError) in
      guard child.namespace == .word else { return }
      switch child.localName {
      case "abstractNum":
        let id = child.attribute("abstractNumId", in: .word) ?? ""
        numbering.abstracts[id] = try Self.readAbstract(child)
      case "num":
        let id = child.attribute("numId", in: .word) ?? ""
        numbering.instances[id] = try Self.readInstance(child)
      default: return
      }
    }
    self = numbering
  }

  private static func readAbstract(_ reader: XMLStreamReader) throws(KeHoachLintError) -> AbstractDefinition {
    var definition = AbstractDefinition()
    try reader.forEachChild { child throws(KeHoachLintError) in
      guard child.namespace == .word else { return }
      switch child.localName {
      case "lvl":
        // A level without w:ilvl (Pages, Lark) counts as level 0, as mammoth does.
        let index = child.attribute("ilvl", in: .word).flatMap { Int($0) } ?? 0
        definition.levels[index] = try readLevel(child)
      case "numStyleLink": definition.styleLink = child.wordValue
      default: return
      }
    }
    return definition
  }

  private static func readInstance(_ reader: XMLStreamReader) throws(KeHoachLintError) -> Instance {
    var instance = Instance()
    try reader.forEachChild { child throws(KeHoachLintError) in
      guard child.namespace == .word else { return }
      switch child.localName {
      case "abstractNumId": instance.abstractID = child.wordValue
      case "lvlOverride":
        let index = child.attribute("ilvl", in: .word).flatMap { Int($0) } ?? 0
        var override = Override()
        try child.forEachChild { item throws(KeHoachLintError) in
          guard item.namespace == .word else { return }
          if item.localName == "startOverride" { override.startOverride = item.wordValue.flatMap { Int($0) } }
          if item.localName == "lvl" { override.level = try readLevel(item) }
        }
        instance.overrides[index] = override
      default: return
      }
    }
    return instance
  }

  private static func readLevel(_ reader: XMLStreamReader) throws(KeHoachLintError) -> Level {
    var level = Level()
    try reader.forEachChild { child throws(KeHoachLintError) in
      guard child.namespace == .word else { return }
      switch child.localName {
      case "start": level.start = child.wordValue.flatMap { Int($0) } ?? 1
      case "numFmt":
        level.format = child.wordValue ?? "decimal"
        level.customFormat = child.attribute("format", in: .word)
      case "lvlText": level.text = child.wordValue
      case "pStyle": level.paragraphStyle = child.wordValue
      case "isLgl": level.isLegal = WordBoolean.value(child.wordValue)
      case "lvlRestart": level.restart = child.wordValue.flatMap { Int($0) }
      default: return
      }
    }
    return level
  }
}
