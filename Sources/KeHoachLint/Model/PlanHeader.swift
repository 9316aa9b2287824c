import Foundation

/// The administrative header of a plan (Nghị định 30/2020/NĐ-CP layout): issuing body,
/// "Số: …", the place-and-date line, the title. Any part may be missing in a draft.
public struct PlanHeader: Sendable, Hashable {
  /// A piece of header text and where it is.
  public struct Field: Sendable, Hashable {
    public let text: String
    public let location: SourceLocation
  }

  /// "Quảng Ngãi, ngày 15 tháng 9 năm 2020".
  public struct PlaceAndDate: Sendable, Hashable {
    /// The whole line as written.
    public let text: String
    public let place: String
    /// Nil when the draft leaves the date blank ("ngày  tháng  năm 2020").
    public let date: CivilDate?
    public let year: Int?
    public let location: SourceLocation
  }

  /// "ỦY BAN NHÂN DÂN HUYỆN TRÀ BỒNG", "SỞ Y TẾ".
  public let issuingBody: Field?
  /// The document number after "Số:", e.g. "125/KH-UBND".
  public let number: Field?
  public let placeAndDate: PlaceAndDate?
  /// "KẾ HOẠCH Ứng dụng công nghệ thông tin … giai đoạn 2021-2025".
  public let title: Field?

  init(blocks: [Block]) {
    let lines = HeaderLines(blocks: blocks)
    issuingBody = lines.issuingBody
    number = lines.number
    placeAndDate = lines.placeAndDate
    title = lines.title
  }
}

/// Reads the header out of the lines before the first section (paragraphs, headings, and the
/// two-column header table most plans use).
private struct HeaderLines {
  var issuingBody: PlanHeader.Field?
  var number: PlanHeader.Field?
  var placeAndDate: PlanHeader.PlaceAndDate?
  var title: PlanHeader.Field?

  private static let motto = ["cong hoa xa hoi chu nghia viet nam", "doc lap - tu do - hanh phuc", "doc lap tu do hanh phuc"]
  private static let bodyPrefixes = [
    "uy ban", "ubnd", "so ", "bo ", "ban ", "van phong", "hoi dong", "tong cuc", "cuc ", "trung tam", "thanh pho", "tinh ",
  ]

  init(blocks: [Block]) {
    // The header ends where the first section starts ("Phần I" or "I.").
    // Each line with the column it sits in (table, column), nil for paragraphs.
    var candidates: [(String, SourceLocation)] = []
    var groups: [[Int]?] = []
    var paragraphs: [(text: String, location: SourceLocation)] = []
    for (blockNumber, block) in blocks.prefix(40).enumerated() {
      if let table = block.table {
        // Column by column: the issuer's lines stay together when each line is a row of its
        // own ("ỦY BAN NHÂN DÂN" | Quốc hiệu, then "HUYỆN BÌNH SƠN" | Tiêu ngữ).
        for column in 0..<table.columnCount {
          for row in table.rows where column < row.cells.count && !row.cells[column].isCovered {
            let cell = row.cells[column]
            for line in cell.text.split(whereSeparator: \.isNewline) {
              candidates.append((String(line), cell.location(at: line.startIndex)))
              groups.append([blockNumber, column])
            }
          }
        }
        continue
      }
      if let style = SectionLabelParser.parse(block.displayText)?.label.style, style == .part || style == .roman {
        break
      }
      for line in block.displayText.split(whereSeparator: \.isNewline) {
        candidates.append((String(line), block.location))
        groups.append(nil)
      }
      paragraphs.append((block.displayText, block.location))
    }
    scanTitle(paragraphs)
    var bodyLines: [(String, SourceLocation)] = []
    var bodyEnded = false
    var mottoLines = 0
    var bodyGroup: [Int]??
    for (index, (line, location)) in candidates.enumerated() {
      let trimmed = line.trimmingSpaces()
      let folded = VietnameseFolding.fold(trimmed)
      let isMotto = Self.motto.contains(where: folded.hasPrefix)
      if isMotto { mottoLines += 1 }
      // The issuer's lines end with their table column, and before the document's name.
      if let start = bodyGroup, groups[index] != start || Self.documentNames.contains(where: folded.hasPrefix) {
        bodyEnded = true
      }
      if number == nil, folded.hasPrefix("so:") || folded.hasPrefix("so :") {
        let value = trimmed.drop(while: { $0 != ":" }).dropFirst().trimmingSpaces()
        number = PlanHeader.Field(text: value, location: location)
        bodyEnded = !bodyLines.isEmpty
      } else if placeAndDate == nil, let parsed = Self.placeAndDate(trimmed, location: location) {
        placeAndDate = parsed
        bodyEnded = !bodyLines.isEmpty
      } else if isMotto || trimmed.allSatisfy({ "-–—_=*. ".contains($0) }) {
        continue  // Quốc hiệu and Tiêu ngữ, or the rule under a line
      } else if !bodyEnded, VietnameseFolding.isUpperCase(trimmed),
        !bodyLines.isEmpty || (index - mottoLines < 6 && Self.bodyPrefixes.contains(where: folded.hasPrefix))
      {
        if bodyLines.isEmpty { bodyGroup = groups[index] }
        bodyLines.append((trimmed, location))
      } else if !bodyLines.isEmpty {
        bodyEnded = true
      }
    }
    issuingBody = Self.issuer(of: bodyLines)
  }

  /// The issuing body from its header lines, which split one name over two lines ("ỦY BAN
  /// NHÂN DÂN" / "HUYỆN BÌNH SƠN", "BỘ THÔNG TIN VÀ" / "TRUYỀN THÔNG") or put the superior
  /// body above it ("UBND TỈNH QUẢNG NGÃI" / "SỞ Y TẾ": the issuer is the lower line).
  static func issuer(of lines: [(String, SourceLocation)]) -> PlanHeader.Field? {
    guard let first = lines.first else { return nil }
    var current = PlanHeader.Field(text: first.0, location: first.1)
    for (line, location) in lines.dropFirst() {
      let folded = VietnameseFolding.fold(line)
      let complete =
        UnitLevel.infer(issuingBody: current.text) != nil
        || VietnameseFolding.titleKey(current.text).split(separator: " ").count >= 3
          && !["uy ban nhan dan", "ubnd"].contains(VietnameseFolding.titleKey(current.text))
      if complete, unitPrefixes.contains(where: folded.hasPrefix) {
        current = PlanHeader.Field(text: line, location: location)
      } else {
        current = PlanHeader.Field(text: current.text + " " + line, location: current.location)
      }
    }
    return current
  }

  /// The names of documents, which follow the issuer: "KẾ HOẠCH", "QUYẾT ĐỊNH".
  private static let documentNames = ["ke hoach", "quyet dinh", "ve viec", "cong van", "to trinh", "bao cao"]

  /// Words that begin the name of a body of its own (not a place: "TỈNH …", "HUYỆN …").
  private static let unitPrefixes = [
    "uy ban", "ubnd", "so ", "bo ", "ban ", "van phong", "hoi dong", "tong cuc", "cuc ", "trung tam", "phong ", "chi cuc",
  ]

  /// The title is the block whose first line starts "KẾ HOẠCH" (or is a capitalised line
  /// naming a "KẾ HOẠCH", as in "KHUNG KẾ HOẠCH …"), all its lines joined; when that block is
  /// only the word, the block after it is added.
  private mutating func scanTitle(_ blocks: [(text: String, location: SourceLocation)]) {
    for (index, block) in blocks.enumerated() {
      let lines = block.text.split(whereSeparator: \.isNewline).map { $0.trimmingSpaces() }
      guard let first = lines.firstIndex(where: Self.namesPlan) else { continue }
      var text = lines[first...].joined(separator: " ")
      if VietnameseFolding.titleKey(text) == "ke hoach", index + 1 < blocks.count {
        text += " " + Self.joinedLines(blocks[index + 1].text)
      }
      title = PlanHeader.Field(text: text, location: block.location)
      return
    }
  }

  private static func namesPlan(_ line: String) -> Bool {
    let folded = VietnameseFolding.fold(line)
    return folded.hasPrefix("ke hoach") || (folded.contains("ke hoach") && VietnameseFolding.isUpperCase(line))
  }

  private static func joinedLines(_ text: String) -> String {
    text.split(whereSeparator: \.isNewline).map { $0.trimmingSpaces() }.joined(separator: " ")
  }

  /// "Quảng Ngãi, ngày 15 tháng 9 năm 2020" or with the day and month left blank.
  static func placeAndDate(_ line: String, location: SourceLocation) -> PlanHeader.PlaceAndDate? {
    let folded = VietnameseFolding.fold(line)
    guard let comma = folded.firstIndex(of: ","), folded[comma...].contains("ngay"),
      folded.contains("thang"), folded.contains("nam")
    else { return nil }
    let rest = folded[folded.index(after: comma)...].trimmingSpaces()
    guard rest.hasPrefix("ngay") else { return nil }
    let written = VietnameseDate.wordedDate(rest)
    let place = String(line[line.startIndex..<(line.firstIndex(of: ",") ?? line.endIndex)])
    return PlanHeader.PlaceAndDate(text: line, place: place, date: written.date, year: written.year, location: location)
  }
}
