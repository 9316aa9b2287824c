/// The complex fields (`w:fldChar` begin … separate … end) open at the current position.
///
/// Text is visible only when no open field is still in its instruction part: nested fields
/// inside an instruction (`{ IF { MERGEFIELD x } … }`) are hidden with it, and every field's
/// cached result (after `separate`) shows.
struct FieldStack: Sendable {
  private struct Field: Sendable {
    var instruction = ""
    var showsResult = false
    var isTableOfContents = false
  }

  /// Unmatched `begin`s in a broken file must not grow without bound.
  private static let maximumDepth = 64
  private var fields: [Field] = []

  var showsText: Bool { fields.allSatisfy(\.showsResult) }

  /// Inside the result of a TOC field: the generated copy of the headings.
  var inTableOfContents: Bool { fields.contains { $0.showsResult && $0.isTableOfContents } }

  /// `w:fldChar w:fldCharType`.
  mutating func apply(_ type: String?) {
    switch type {
    case "begin":
      if fields.count < Self.maximumDepth { fields.append(Field()) }
    case "separate":
      guard let last = fields.indices.last else { return }
      fields[last].showsResult = true
      let code = fields[last].instruction.drop { $0 == " " }.prefix { $0 != " " }
      fields[last].isTableOfContents = code.uppercased() == "TOC"
    case "end":
      if !fields.isEmpty { fields.removeLast() }
    default:
      return
    }
  }

  /// `w:instrText`: a field code may be split over several runs.
  mutating func addInstruction(_ text: String) {
    guard let last = fields.indices.last, !fields[last].showsResult else { return }
    fields[last].instruction += text
  }

  mutating func dropUnfinishedInstructions() {
    while let last = fields.last, !last.showsResult { fields.removeLast() }
  }
}
