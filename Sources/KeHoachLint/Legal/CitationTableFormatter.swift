import Foundation

/// Renders a `CitationTable` for `kehoach-lint citations`: a Markdown table a reviewer can read
/// in a terminal or paste into a report, or JSON for tools.
public struct CitationTableFormatter: Sendable {
  public let language: Language

  public init(language: Language = .vi) { self.language = language }

  public func text(_ table: CitationTable) -> String {
    let vi = language == .vi
    var lines: [String] = []
    let date = table.planDate.map { vi ? "; ngày kế hoạch: \($0)" : "; plan date: \($0)" } ?? ""
    lines.append("\(table.file): \(table.rows.count) \(vi ? "trích dẫn" : "citations")\(date)")
    lines.append("")
    lines.append(vi ? "| Vị trí | Trích dẫn | Danh mục | Trạng thái |" : "| Position | Citation | Catalog | Status |")
    lines.append("|---|---|---|---|")
    for row in table.rows {
      let cells = [row.citation.location.shortDescription, row.citation.text, catalogCell(row.match), statusCell(row)]
      lines.append("| " + cells.map(escape).joined(separator: " | ") + " |")
    }
    let flagged = table.rows.filter { !$0.problems.isEmpty }.count
    let unknown = table.rows.filter { $0.match.document == nil }.count
    lines.append("")
    lines.append(
      vi
        ? "Tổng: \(table.rows.count) trích dẫn, \(flagged) có vấn đề, \(unknown) không có trong danh mục."
        : "Total: \(table.rows.count) citations, \(flagged) with problems, \(unknown) not in the catalog.")
    for coverage in table.coverage {
      lines.append(
        vi
          ? "\(coverage.list): kế hoạch nhắc tới \(coverage.mentioned.count)/\(coverage.total) văn bản đề nghị rà soát."
          : "\(coverage.list): the plan mentions \(coverage.mentioned.count) of \(coverage.total) documents to review.")
      if !coverage.missing.isEmpty {
        lines.append((vi ? "Chưa nhắc tới: " : "Not mentioned: ") + coverage.missing.joined(separator: "; "))
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  public func json(_ table: CitationTable) -> String {
    let output = JSONTable(
      file: table.file, planDate: table.planDate?.description,
      citations: table.rows.map { row in
        let citation = row.citation
        return JSONRow(
          line: citation.location.line, column: citation.location.column, paragraph: citation.location.paragraph,
          text: citation.text, type: citation.type?.name, typeSource: citation.typeSource.rawValue,
          number: citation.number?.value.text, name: citation.name?.value, date: citation.date?.value.text,
          issuer: citation.issuer?.value.name, section: row.section,
          catalog: row.match.document.map { document in
            JSONCatalog(
              number: document.number, name: document.names.first, type: document.type.name, date: document.date?.description,
              verification: document.verification.rawValue, source: document.sources.first?.url, match: row.match.kind?.rawValue,
              title: document.title)
          },
          candidates: row.match.candidates.compactMap { $0.number },
          problems: row.problems.map {
            JSONProblem(
              status: Messages.citationStatus($0).text(in: language), message: Messages.citationProblem($0, in: citation).text(in: language)
            )
          })
      },
      coverage: table.coverage.map { JSONCoverage(list: $0.list, mentioned: $0.mentioned, missing: $0.missing) })
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let data = (try? encoder.encode(output)) ?? Data("{}".utf8)
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  private func catalogCell(_ match: CatalogMatch) -> String {
    let vi = language == .vi
    guard let document = match.document else {
      if !match.candidates.isEmpty {
        let numbers = match.candidates.map { "\($0.displayName) \($0.date?.description ?? "")" }.joined(separator: " / ")
        return (vi ? "chưa rõ: " : "ambiguous: ") + numbers
      }
      return vi ? "không có trong danh mục" : "not in the catalog"
    }
    let date = document.date?.description ?? document.year.map(String.init) ?? "?"
    let level = document.verification == .unverified ? (vi ? "chưa xác minh" : "unverified") : document.verification.rawValue
    let guess = match.kind == .likely ? (vi ? " (có lẽ)" : " (probably)") : ""
    return "\(document.displayName), \(date) [\(level)]\(guess)"
  }

  private func statusCell(_ row: CitationTable.Row) -> String {
    guard !row.problems.isEmpty else {
      if row.match.confirmed != nil { return language == .vi ? "đúng" : "ok" }
      return language == .vi ? "chưa kiểm được" : "not checkable"
    }
    return row.problems.map { Messages.citationStatus($0).text(in: language) }.joined(separator: "; ")
  }

  private func escape(_ text: String) -> String {
    text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
  }
}

private struct JSONTable: Encodable {
  let file: String
  let planDate: String?
  let citations: [JSONRow]
  let coverage: [JSONCoverage]
}

private struct JSONRow: Encodable {
  let line: Int?
  let column: Int?
  let paragraph: Int?
  let text: String
  let type: String?
  let typeSource: String
  let number: String?
  let name: String?
  let date: String?
  let issuer: String?
  let section: [String]
  let catalog: JSONCatalog?
  let candidates: [String]
  let problems: [JSONProblem]
}

private struct JSONCatalog: Encodable {
  let number: String?
  let name: String?
  let type: String
  let date: String?
  let verification: String
  let source: String?
  let match: String?
  let title: String?
}

private struct JSONProblem: Encodable {
  let status: String
  let message: String
}

private struct JSONCoverage: Encodable {
  let list: String
  let mentioned: [String]
  let missing: [String]
}
