extension UnitLevel {
  /// The level of the unit that issues `document`, read from its administrative header: the
  /// issuing body is the lowest capitalised line before "Số:" ("ỦY BAN NHÂN DÂN TỈNH QUẢNG
  /// NGÃI" over "SỞ Y TẾ" is a department).
  static func infer(from document: PlanDocument, outline: Outline) -> UnitLevel? {
    var result: UnitLevel?
    lines: for block in document.blocks.prefix(min(outline.firstSectionBlockIndex, 40)) {
      let texts = block.table.map { $0.rows.flatMap { $0.cells.filter { !$0.isCovered }.map(\.text) } } ?? [block.text]
      for line in texts.flatMap({ $0.split(whereSeparator: \.isNewline) }) {
        let key = VietnameseFolding.titleKey(String(line))
        if key.hasPrefix("so ") && line.contains(":") || key.hasPrefix("ke hoach") { break lines }
        if VietnameseFolding.isUpperCase(String(line)), let found = level(ofBody: key) { result = found }
      }
    }
    if result == nil, let body = document.header.issuingBody { result = level(ofBody: VietnameseFolding.titleKey(body.text)) }
    return result
  }

  /// The level a body's folded name ("uy ban nhan dan tinh quang ngai") implies.
  static func level(ofBody key: String) -> UnitLevel? { infer(issuingBody: key) }
}
