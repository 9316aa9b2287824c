/// Writes template blocks as a Markdown draft: the header as a two-column table, sections as
/// ATX headings with their labels typed (Markdown has no automatic numbering).
enum MarkdownTemplateWriter {
  static func markdown(_ blocks: [TemplateBlock]) -> String {
    // "# KẾ HOẠCH" is level 1; sections start there when the plan has parts, one below otherwise.
    let hasParts = blocks.hasParts
    var lines: [String] = []
    for (index, block) in blocks.enumerated() {
      lines += self.lines(block, hasParts: hasParts)
      // Bullets of one list stay together; every other block ends with a blank line.
      if case .bullet = block, index + 1 < blocks.count, case .bullet = blocks[index + 1] { continue }
      lines.append("")
    }
    return lines.joined(separator: "\n")
  }

  private static func lines(_ block: TemplateBlock, hasParts: Bool) -> [String] {
    switch block {
    case .header(let issuer, let number, let placeAndDate):
      return [
        "| \(issuer) | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |", "|---|---|", "| \(number) | Độc lập - Tự do - Hạnh phúc |",
        "|  | \(placeAndDate) |",
      ]
    case .documentType(let text): return ["# \(text)"]
    case .subject(let text): return ["**\(text)**"]
    case .paragraph(let text), .unitLine(let text): return [text]
    case .heading(let heading):
      let hashes = String(repeating: "#", count: min(heading.level + (hasParts ? 0 : 1), 6))
      return ["\(hashes) \(heading.label). \(heading.title)"]
    case .bullet(let text): return ["- \(text)"]
    case .table(let header, let rows):
      return [row(header), "|" + String(repeating: "---|", count: header.count)] + rows.map(row)
    case .recipients(let lines): return ["**Nơi nhận:**", ""] + lines.map { "- \($0)" }
    case .signature(let titles, let name): return titles.flatMap { ["**\($0)**", ""] } + [name]
    }
  }

  private static func row(_ cells: [String]) -> String {
    "| " + cells.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |"
  }
}
