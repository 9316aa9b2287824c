import Foundation

@testable import KeHoachLint

/// Fills a template's placeholders with a good plan's content, as a unit drafting from the
/// template would: the header's issuer, number, place and date, the subject and opening, for
/// each section the text the plan has under the same section (found as `required-sections`
/// finds it), the recipients and the signature. The template's own headings stay (so its
/// numbering is what is checked); the plan's sub-headings, points, lists and tables come in.
struct TemplateFilling {
  let plan: PlanDocument
  let outline: Outline

  init(plan: PlanDocument) {
    self.plan = plan
    outline = Outline(document: plan)
  }

  enum Problem: Error, CustomStringConvertible {
    case missing(String)
    var description: String {
      switch self {
      case .missing(let what): "the good plan has no \(what)"
      }
    }
  }

  func fill(_ template: PlanTemplate) throws -> [TemplateBlock] {
    var matcher = SectionMatcher(outline: outline)
    var matches = Self.flatten(matcher.match(template.sections, in: outline.roots, parent: nil)).makeIterator()
    let header = PlanHeader(blocks: plan.blocks)
    guard let issuer = header.issuingBody?.text, let number = header.number?.text, let date = header.placeAndDate?.text else {
      throw Problem.missing("header")
    }
    var filled: [TemplateBlock] = []
    var inSection = false
    for block in template.blocks {
      switch block {
      case .header:
        filled.append(.header(issuer: issuer, number: "Số: \(number)", placeAndDate: date))
      case .subject:
        filled.append(.subject(try subject()))
      case .paragraph where !inSection:
        filled += try opening()
      case .heading(let heading):
        inSection = true
        guard let match = matches.next(), let node = match.node else { throw Problem.missing("section for \(block)") }
        filled.append(block)
        // A section with sub-sections in the framework keeps only its own lead-in here.
        let end = match.children.first?.node?.blockIndex ?? node.endBlockIndex
        filled += convert(node.body.lowerBound..<min(end, signatureStart), under: node, level: heading.level)
      case .recipients:
        inSection = false
        filled.append(.recipients(try recipients()))
      case .signature:
        filled.append(try signature())
      case .documentType:
        filled.append(block)
      default:
        continue  // the template's placeholder lines and list row: replaced by the section's content
      }
    }
    return filled
  }

  private static func flatten(_ matches: [SectionMatch]) -> [SectionMatch] {
    matches.flatMap { [$0] + flatten($0.children) }
  }

  /// "KẾ HOẠCH", then the subject on the next block.
  private var typeIndex: Int? {
    plan.blocks.firstIndex { VietnameseFolding.titleKey($0.text) == "ke hoach" }
  }

  private func subject() throws -> String {
    guard let index = typeIndex, index + 1 < plan.blocks.count else { throw Problem.missing("subject") }
    return plan.blocks[index + 1].text
  }

  private func opening() throws -> [TemplateBlock] {
    guard let index = typeIndex else { throw Problem.missing("opening") }
    return convert(index + 2..<outline.firstSectionBlockIndex, under: nil, level: 0)
  }

  private var signatureStart: Int {
    plan.blocks.firstIndex { VietnameseFolding.titleKey($0.text).hasPrefix("noi nhan") } ?? plan.blocks.count
  }

  /// "Nơi nhận: A; B; Lưu: VT, X." written on one line or as a list: one line per recipient.
  private func recipients() throws -> [String] {
    guard signatureStart < plan.blocks.count else { throw Problem.missing("Nơi nhận") }
    var text = plan.blocks[signatureStart].text
    if let colon = text.firstIndex(of: ":") { text = String(text[text.index(after: colon)...]) }
    var lines = text.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    var index = signatureStart + 1
    while index < plan.blocks.count, case .listItem = plan.blocks[index].kind {
      lines.append(plan.blocks[index].text)
      index += 1
    }
    return lines.enumerated().map { $0.offset == lines.count - 1 ? $0.element : $0.element + ";" }
  }

  /// The authority and title lines in capitals, then the signer's name.
  private func signature() throws -> TemplateBlock {
    let after = plan.blocks[(signatureStart + 1)...].filter { block in
      if case .listItem = block.kind { return false }
      return true
    }
    guard let name = after.last?.text else { throw Problem.missing("signature") }
    return .signature(lines: after.dropLast().map(\.text), name: name)
  }

  /// The plan's blocks as template blocks; headings keep their depth under the section's.
  private func convert(_ range: Range<Int>, under node: Outline.Node?, level templateLevel: Int) -> [TemplateBlock] {
    guard !range.isEmpty else { return [] }
    var baseLevel = 0
    if let node, case .heading(let level) = plan.blocks[node.blockIndex].kind { baseLevel = level }
    return plan.blocks[range].map { block in
      switch block.kind {
      case .heading(let level):
        guard let (label, start) = SectionLabelParser.parse(block.displayText) else { return .paragraph(block.displayText) }
        let labelText = label.text.hasSuffix(".") || label.text.hasSuffix(")") ? String(label.text.dropLast()) : label.text
        return .heading(
          TemplateHeading(
            level: templateLevel + level - baseLevel, label: labelText, style: label.style,
            title: String(block.displayText[start...]).trimmingCharacters(in: .whitespaces)))
      case .listItem where block.label == nil:
        return .bullet(block.text)
      case .table:
        let rows = block.table?.rows.map { $0.cells.map(\.text) } ?? []
        return .table(header: rows.first ?? [], rows: Array(rows.dropFirst()))
      default:
        let text = block.displayText
        return VietnameseFolding.titleKey(text).hasPrefix("dvt") ? .unitLine(text) : .paragraph(text)
      }
    }
  }
}
