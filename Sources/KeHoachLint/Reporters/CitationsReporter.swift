import Foundation

/// The reviewer's table of legal bases (`check --format citations`, `kehoach-lint citations`):
/// per plan, every citation with its place, its catalog entry and its status, then the review
/// list's coverage. A view of the plan's facts: the same rows JSON and HTML reports carry.
public struct CitationsReporter: Reporter {
  public init() {}

  public func render(_ report: LintReport, options: ReportOptions) -> String {
    report.files.map { table($0, options: options) }.joined(separator: "\n")
  }

  private func table(_ file: FileReport, options: ReportOptions) -> String {
    let vi = options.language == .vi
    guard let summary = file.summary else {
      let reason = file.error.map { options.text($0.message) } ?? options.text(Messages.Report.noData)
      return "\(file.path): \(reason)\n"
    }
    let citations = summary.citations
    var lines: [String] = []
    let date = summary.planDate.map { vi ? "; ngày kế hoạch: \($0)" : "; plan date: \($0)" } ?? ""
    lines.append("\(file.path): \(citations.count) \(vi ? "trích dẫn" : "citations")\(date)")
    lines.append("")
    lines.append(vi ? "| Vị trí | Trích dẫn | Danh mục | Trạng thái |" : "| Position | Citation | Catalog | Status |")
    lines.append("|---|---|---|---|")
    for citation in citations {
      let cells = [
        citation.location.shortDescription, citation.text, catalogCell(citation, options: options),
        statusCell(citation, options: options),
      ]
      lines.append("| " + cells.map(escape).joined(separator: " | ") + " |")
    }
    let flagged = citations.filter { $0.status == .problem }.count
    let unknown = citations.filter { $0.catalog == nil }.count
    lines.append("")
    lines.append(
      vi
        ? "Tổng: \(citations.count) trích dẫn, \(flagged) có vấn đề, \(unknown) không có trong danh mục."
        : "Total: \(citations.count) citations, \(flagged) with problems, \(unknown) not in the catalog.")
    if let coverage = summary.reviewCoverage {
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

  private func catalogCell(_ citation: CitationFacts, options: ReportOptions) -> String {
    let vi = options.language == .vi
    guard let entry = citation.catalog else {
      if !citation.candidates.isEmpty {
        return (vi ? "chưa rõ: " : "ambiguous: ") + citation.candidates.joined(separator: " / ")
      }
      return vi ? "không có trong danh mục" : "not in the catalog"
    }
    let level = entry.verification == "false" ? (vi ? "chưa xác minh" : "unverified") : entry.verification
    let guess = citation.status == .likely ? (vi ? " (có lẽ)" : " (probably)") : ""
    return "\(entry.displayName), \(entry.date ?? "?") [\(level)]\(guess)"
  }

  private func statusCell(_ citation: CitationFacts, options: ReportOptions) -> String {
    guard citation.problems.isEmpty else { return citation.problems.map { options.text($0.status) }.joined(separator: "; ") }
    return options.text(Messages.citationStatus(citation.status))
  }

  private func escape(_ text: String) -> String {
    text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
  }
}

/// The same table as JSON, for tools (`kehoach-lint citations --format json`): one object per
/// plan (`file`, `planDate`, `citations`, `coverage`), an array when several plans were read.
public struct CitationsJSONReporter: Reporter {
  public init() {}

  struct Table: Encodable {
    let file: String
    let planDate: String?
    let citations: [CitationFacts]
    let coverage: [ReviewCoverage]
    let error: String?
  }

  public func render(_ report: LintReport, options: ReportOptions) -> String {
    let tables = report.files.map { file in
      Table(
        file: file.path, planDate: file.summary?.planDate?.description, citations: file.summary?.citations ?? [],
        coverage: file.summary?.reviewCoverage.map { [$0] } ?? [], error: file.error.map { options.text($0.message) })
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let data = (tables.count == 1 ? try? encoder.encode(tables[0]) : try? encoder.encode(tables)) ?? Data("{}".utf8)
    return String(decoding: data, as: UTF8.self) + "\n"
  }
}
