/// The run properties this reader needs: what changes the visible text (hidden, all caps)
/// and what makes a line read as a heading (bold). Nil means "not said here, inherit".
struct RunFormatting: Sendable, Hashable {
  var bold: Bool?
  var caps: Bool?
  var hidden: Bool?
  /// The character style (`w:rStyle`) of a run.
  var characterStyle: String?
  var italic: Bool?
  /// The Latin font (`w:rFonts`), for the decree's format checks.
  var font: WordFont?
  /// `w:sz`, in half-points.
  var halfPoints: Int?

  /// Values said here win; the rest come from `base`.
  func inheriting(from base: RunFormatting) -> RunFormatting {
    RunFormatting(
      bold: bold ?? base.bold, caps: caps ?? base.caps, hidden: hidden ?? base.hidden,
      characterStyle: characterStyle ?? base.characterStyle, italic: italic ?? base.italic, font: font ?? base.font,
      halfPoints: halfPoints ?? base.halfPoints)
  }

  /// Reads a `w:rPr` element (the reader is on it).
  static func read(_ reader: XMLStreamReader) throws(KeHoachLintError) -> RunFormatting {
    var marks = RunMarks()
    return try read(reader, marks: &marks)
  }

  /// Reads a `w:rPr` element, noting in `marks` what a draft-hygiene check needs.
  static func read(_ reader: XMLStreamReader, marks: inout RunMarks) throws(KeHoachLintError) -> RunFormatting {
    var formatting = RunFormatting()
    try reader.forEachChild { child throws(KeHoachLintError) in
      guard child.namespace == .word else { return }
      switch child.localName {
      case "b": formatting.bold = WordBoolean.value(child.wordValue)
      case "caps": formatting.caps = WordBoolean.value(child.wordValue)
      case "vanish": formatting.hidden = WordBoolean.value(child.wordValue)
      case "rStyle": formatting.characterStyle = child.wordValue
      case "i": formatting.italic = WordBoolean.value(child.wordValue)
      case "rFonts": formatting.font = WordFont(child)
      case "sz": formatting.halfPoints = child.wordValue.flatMap { Int($0) }.map { min(max($0, 0), 3276) }
      case "highlight": marks.highlighted = (child.wordValue ?? "none") != "none"
      case "rPrChange": marks.formattingChanged = true
      default: return
      }
    }
    return formatting
  }
}

/// What a run's properties say that is not formatting the text needs: a highlight, a tracked
/// formatting change. Kept apart from `RunFormatting` so spans join as before.
struct RunMarks: Sendable {
  var highlighted = false
  var formattingChanged = false
}

/// The paragraph properties (`w:pPr`) this reader needs, as written on a paragraph or a style.
struct ParagraphProperties: Sendable, Hashable {
  var styleID: String?
  /// `w:numPr/w:numId`; "0" cancels inherited numbering.
  var numID: String?
  /// `w:numPr/w:ilvl`.
  var numLevel: Int?
  /// `w:outlineLvl`: 0…8 are outline levels 1…9, 9 is body text.
  var outlineLevel: Int?
  /// The paragraph mark's run properties (for a style: the style's run properties live in a
  /// sibling `w:rPr`, read separately).
  var markFormatting = RunFormatting()
  /// The paragraph mark is a tracked deletion: in the accepted view the paragraph joins the next.
  var markDeleted = false
  /// A drop cap (`w:framePr w:dropCap`): the large first letter of the next paragraph's first word.
  var isDropCap = false
  /// Tracked changes on the paragraph itself: its mark inserted, deleted or moved, its
  /// properties changed (`w:pPrChange`, or `w:rPrChange` on the mark).
  var revisions: [WordDraftState.Revision] = []
  /// `w:sectPr` in a paragraph's properties: the paragraph ends a section with this page setup.
  var section: WordSectionSetup?

  /// The paragraph is shown as the start of the next one (a deleted mark, a drop cap).
  var joinsNext: Bool { markDeleted || isDropCap }

  /// Reads a `w:pPr` element (the reader is on it). `w:pPrChange` (the properties before a
  /// tracked change) is skipped: only the current formatting counts.
  static func read(_ reader: XMLStreamReader) throws(KeHoachLintError) -> ParagraphProperties {
    var properties = ParagraphProperties()
    try reader.forEachChild { child throws(KeHoachLintError) in
      guard child.namespace == .word else { return }
      switch child.localName {
      case "pStyle": properties.styleID = child.wordValue
      case "outlineLvl": properties.outlineLevel = child.wordValue.flatMap { Int($0) }
      case "pPrChange": properties.revisions.append(.formatting)
      case "framePr": properties.isDropCap = ["drop", "margin"].contains(child.attribute("dropCap", in: .word) ?? "none")
      case "sectPr": properties.section = try WordSectionSetup.read(child)
      case "numPr":
        try child.forEachChild { item throws(KeHoachLintError) in
          guard item.namespace == .word else { return }
          if item.localName == "numId" { properties.numID = item.wordValue }
          if item.localName == "ilvl" { properties.numLevel = item.wordValue.flatMap { Int($0) } }
        }
      case "rPr":
        try child.forEachChild { mark throws(KeHoachLintError) in
          guard mark.namespace == .word else { return }
          switch mark.localName {
          case "del", "moveFrom":
            properties.markDeleted = true
            properties.revisions.append(mark.localName == "del" ? .deletion : .move)
          case "ins": properties.revisions.append(.insertion)
          case "moveTo": properties.revisions.append(.move)
          case "rPrChange": properties.revisions.append(.formatting)
          case "b": properties.markFormatting.bold = WordBoolean.value(mark.wordValue)
          default: return
          }
        }
      default: return
      }
    }
    return properties
  }
}

/// WordprocessingML's on/off values: absent or "1"/"true"/"on" is on.
enum WordBoolean {
  static func value(_ text: String?) -> Bool {
    guard let text else { return true }
    switch text.lowercased() {
    case "0", "false", "off", "none": return false
    default: return true
    }
  }
}
