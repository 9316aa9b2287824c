import Foundation

/// Computes the automatic number Word draws before each paragraph ("Phần I", "I.", "1.",
/// "a)"), which is not in the text. A port of `shared/research/numbering_reference.py`
/// (research note §1.1), checked against LibreOffice's rendering of the corpus.
///
/// Call `label(for:)` for every paragraph in reading order (body and table cells): counters
/// advance as Word's do, including on paragraphs that end up not shown.
struct ListLabeler {
  /// Where a paragraph sits in a list.
  struct ListPosition: Equatable {
    let numID: String
    let level: Int
  }

  let styles: WordStyles
  let numbering: WordNumbering
  /// Counters per abstract definition (lists sharing one continue each other), per level.
  private var counters: [String: [Int: Int]] = [:]
  /// List instances whose `startOverride`s were applied (done on first use: "restart numbering").
  private var startedInstances: Set<String> = []

  init(styles: WordStyles, numbering: WordNumbering) {
    self.styles = styles
    self.numbering = numbering
  }

  /// The list a paragraph belongs to: its own `w:numPr`, else the first style in its
  /// `basedOn` chain that has one. `numId` 0 means "not numbered" and cancels the style's.
  func position(of paragraph: ParagraphProperties) -> ListPosition? {
    var numID = paragraph.numID
    var level = paragraph.numLevel
    if numID == nil {
      for style in styles.paragraphChain(paragraph.styleID) {
        guard let styleNumID = style.paragraph.numID else { continue }
        numID = styleNumID
        if level == nil { level = style.paragraph.numLevel }
        if level == nil, let abstractID = abstractID(for: styleNumID),
          let definition = numbering.abstracts[abstractID]
        {
          level = definition.levels.first { $0.value.paragraphStyle == style.id }?.key
        }
        break
      }
    }
    guard let numID, numID != "0" else { return nil }
    return ListPosition(numID: numID, level: level ?? 0)
  }

  /// The label of `paragraph`, advancing the counters; nil when it is not numbered or is a bullet.
  mutating func label(for paragraph: ParagraphProperties) -> String? {
    guard let position = position(of: paragraph), let abstractID = abstractID(for: position.numID),
      let level = level(numID: position.numID, abstractID: abstractID, index: position.level)
    else { return nil }
    var values = counters[abstractID] ?? [:]
    if startedInstances.insert(position.numID).inserted {
      for (index, override) in numbering.instances[position.numID]?.overrides ?? [:] {
        if let start = override.startOverride { values[index] = start - 1 }
      }
    }
    values[position.level] = values[position.level].map { $0 + 1 } ?? level.start
    // Deeper levels start again, unless their w:lvlRestart says otherwise (0: never;
    // n: only after level n, 1-based, advances).
    for deeper in Array(values.keys) where deeper > position.level {
      let restart = self.level(numID: position.numID, abstractID: abstractID, index: deeper)?.restart
      if let restart, restart == 0 || position.level >= restart { continue }
      values[deeper] = nil
    }
    counters[abstractID] = values
    guard level.format != "bullet" else { return nil }
    let label = render(level, values: values, numID: position.numID, abstractID: abstractID)
    let trimmed = label.trimmingSpaces()
    return trimmed.isEmpty ? nil : trimmed
  }

  /// Substitutes `%1`…`%9` with each level's value in that level's format (decimal for all
  /// under `w:isLgl`); a level never used shows its start value.
  private func render(_ level: WordNumbering.Level, values: [Int: Int], numID: String, abstractID: String) -> String {
    let text = level.text ?? ""
    var result = ""
    var characters = text.makeIterator()
    while let character = characters.next() {
      guard character == "%" else {
        result.append(character)
        continue
      }
      guard let digit = characters.next() else {
        result.append(character)
        break
      }
      guard let number = digit.wholeNumberValue, (1...9).contains(number) else {
        result.append(character)
        result.append(digit)
        continue
      }
      let index = number - 1
      let referenced = self.level(numID: numID, abstractID: abstractID, index: index) ?? WordNumbering.Level()
      let value = values[index] ?? referenced.start
      let format = level.isLegal && referenced.format != "none" ? "decimal" : referenced.format
      result += ListNumberFormat.render(value, format: format, custom: referenced.customFormat)
    }
    return result
  }

  /// `w:num` → `w:abstractNumId`, following `w:numStyleLink` through numbering styles.
  private func abstractID(for numID: String) -> String? {
    var seen: Set<String> = []
    var current = numID
    while seen.insert(current).inserted, let instance = numbering.instances[current] {
      guard let abstractID = instance.abstractID else { return nil }
      if let definition = numbering.abstracts[abstractID], definition.levels.isEmpty, let link = definition.styleLink,
        let linked = styles.numberingStyleNumIDs[link]
      {
        current = linked
        continue
      }
      return abstractID
    }
    return nil
  }

  /// The level definition: a `w:lvlOverride/w:lvl` of the instance, else the abstract's.
  private func level(numID: String, abstractID: String, index: Int) -> WordNumbering.Level? {
    if let overridden = numbering.instances[numID]?.overrides[index]?.level { return overridden }
    return numbering.abstracts[abstractID]?.levels[index]
  }
}
