/// One piece of a plan template, as both writers (Markdown and Word) lay it out: the template's
/// content is made once (`PlanTemplate.blocks`) and written twice.
public enum TemplateBlock: Sendable, Hashable {
  /// The two-column header (Nghị định 30/2020/NĐ-CP, Phụ lục I): issuer and number left,
  /// Quốc hiệu, Tiêu ngữ, place and date right.
  case header(issuer: String, number: String, placeAndDate: String)
  /// The document type, "KẾ HOẠCH".
  case documentType(String)
  /// The subject ("trích yếu") under the type.
  case subject(String)
  case paragraph(String)
  case heading(TemplateHeading)
  case bullet(String)
  /// "ĐVT: triệu đồng" above a table.
  case unitLine(String)
  case table(header: [String], rows: [[String]])
  /// "Nơi nhận:" and its lines.
  case recipients([String])
  /// The signer's authority and title lines ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"), then the name.
  case signature(lines: [String], name: String)
}

/// A section heading: its depth in the plan's outline (1 for "Phần I" or, in a plan without
/// parts, for "I."), the framework's label and the title as printed.
public struct TemplateHeading: Sendable, Hashable {
  public var level: Int
  /// "Phần I", "IV", "3" (without the final dot).
  public var label: String
  public var style: SectionLabel.Style
  public var title: String

  public init(level: Int, label: String, style: SectionLabel.Style, title: String) {
    self.level = level
    self.label = label
    self.style = style
    self.title = title
  }
}

extension [TemplateBlock] {
  /// Whether the framework is divided into parts ("Phần I"): the section levels start one lower.
  var hasParts: Bool {
    contains {
      if case .heading(let heading) = $0 { return heading.style == .part }
      return false
    }
  }
}
