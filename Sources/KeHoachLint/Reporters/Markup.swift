/// Escaping for the markup and data formats the reporters write. Every text that came from a
/// plan or a message goes through one of these before it is written.
public enum Markup {
  /// Text or attribute content in HTML and XML: `& < > " '` escaped, and the characters XML
  /// 1.0 forbids (C0 controls other than tab and line breaks) dropped, since plan text pasted
  /// from Word sometimes carries them.
  public static func escape(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
      default:
        if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// An XML attribute value: as `escape`, with line breaks and tabs kept as character
  /// references (an attribute's literal line breaks are normalised to spaces by parsers).
  static func attribute(_ text: String) -> String {
    escape(text).replacingOccurrences(of: "\n", with: "&#10;").replacingOccurrences(of: "\r", with: "&#13;")
      .replacingOccurrences(of: "\t", with: "&#9;")
  }

  /// A Markdown table cell: pipes escaped, line breaks flattened, HTML-significant
  /// characters escaped so plan text cannot inject markup into a job summary.
  static func markdownCell(_ text: String) -> String {
    escape(text).replacingOccurrences(of: "|", with: "\\|").split(whereSeparator: \.isNewline).joined(separator: " ")
  }

  /// Inline Markdown code: backticks cannot be escaped inside a code span, so a text with
  /// them is set in a longer fence.
  static func markdownCode(_ text: String) -> String {
    let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ").replacingOccurrences(of: "|", with: "\\|")
    return flat.contains("`") ? "`` \(flat) ``" : "`\(flat)`"
  }

  /// One CSV field (RFC 4180): quoted when it holds a comma, quote or line break; a leading
  /// `= + - @` is prefixed with an apostrophe so a spreadsheet does not run it as a formula.
  static func csvField(_ text: String) -> String {
    var value = text
    if let first = value.first, "=+-@".contains(first), Double(value) == nil { value = "'" + value }
    guard value.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return value }
    return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  /// A relative path as a URI reference: each segment percent-encoded (UTF-8), `/` kept.
  static func uriPath(_ path: String) -> String {
    let unreserved = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/".utf8)
    var result = ""
    for byte in path.utf8 {
      if unreserved.contains(byte) {
        result.unicodeScalars.append(Unicode.Scalar(byte))
      } else {
        result += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
      }
    }
    return result
  }
}

extension String {
  fileprivate func leftPadded(to width: Int) -> String {
    count >= width ? self : String(repeating: "0", count: width - count) + self
  }
}
