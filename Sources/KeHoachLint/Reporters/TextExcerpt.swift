/// The lines a terminal report prints under a finding: for text formats the source line with
/// a caret under the column, for Word documents the heading path and the paragraph's start.
struct TextExcerpt {
  /// Longer source lines are cut to a window around the column (Markdown paragraphs are
  /// often one long line).
  static let maximumWidth = 100
  static let contextBefore = 40

  let finding: Finding
  let palette: TerminalPalette

  var lines: [String] {
    var lines: [String] = []
    if let line = finding.location.line, let source = finding.sourceLine {
      lines += quoted(source, line: line, column: finding.location.column ?? 1)
    } else if finding.location.line == nil, !finding.headingPath.isEmpty || finding.quote != nil {
      let path = finding.headingPath.joined(separator: " › ")
      let quote = finding.quote.map { "“\($0)”" } ?? ""
      lines.append("    " + [path, quote].filter { !$0.isEmpty }.joined(separator: " — "))
    }
    return lines
  }

  /// `   12 | text` and `      |     ^`.
  private func quoted(_ source: String, line: Int, column: Int) -> [String] {
    let characters = Array(source)
    let caretIndex = min(max(column - 1, 0), characters.count)
    var start = 0
    var end = characters.count
    if characters.count > Self.maximumWidth {
      start = max(0, min(caretIndex - Self.contextBefore, characters.count - Self.maximumWidth))
      end = min(characters.count, start + Self.maximumWidth)
    }
    let lead = start > 0 ? "…" : ""
    let tail = end < characters.count ? "…" : ""
    let shown = String(characters[start..<end])
    // Tabs stay tabs under the text so the caret lines up whatever the tab width.
    let padding = (lead.isEmpty ? "" : " ") + String(characters[start..<caretIndex].map { $0 == "\t" ? "\t" : " " })
    let number = String(line)
    let gutter = String(repeating: " ", count: number.count)
    return [
      palette.dim("  \(number) | ") + lead + shown + tail,
      palette.dim("  \(gutter) | ") + padding + palette.severity(finding.severity, "^"),
    ]
  }
}

/// ANSI colours, or plain text when colour is off.
struct TerminalPalette {
  let enabled: Bool

  func severity(_ severity: Severity, _ text: String) -> String {
    switch severity {
    case .error: paint(text, "1;31")
    case .warning: paint(text, "1;33")
    case .info: paint(text, "1;34")
    }
  }

  func bold(_ text: String) -> String { paint(text, "1") }
  func dim(_ text: String) -> String { paint(text, "2") }
  func green(_ text: String) -> String { paint(text, "32") }
  func red(_ text: String) -> String { paint(text, "31") }
  func yellow(_ text: String) -> String { paint(text, "33") }

  private func paint(_ text: String, _ code: String) -> String {
    enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }
}
