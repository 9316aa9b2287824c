import Foundation

/// A `multipart/form-data` body (RFC 7578) as a browser's plain form sends it: text fields
/// and uploaded files. Bounded: the body is already capped by the upload limit, and the
/// number of parts and the size of each part's headers are capped here.
struct MultipartForm: Sendable {
  /// A file part: where its bytes are in the body (not copied: the caller takes them out,
  /// in place when there is only one).
  struct File: Sendable {
    let field: String
    let fileName: String
    let range: Range<Int>
  }

  enum Failure: Error, Equatable {
    case notMultipart
    case malformed
    case tooManyParts
  }

  static let maximumParts = 64
  static let maximumHeaderBytes = 8 * 1024

  var fields: [String: String] = [:]
  var files: [File] = []

  /// The boundary of a `multipart/form-data` content type, nil for any other type.
  static func boundary(contentType: String) -> String? {
    let parts = contentType.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
    guard parts.first?.lowercased() == "multipart/form-data" else { return nil }
    for parameter in parts.dropFirst() {
      let pair = parameter.split(separator: "=", maxSplits: 1).map(String.init)
      guard pair.count == 2, pair[0].lowercased() == "boundary" else { continue }
      let value =
        pair[1].hasPrefix("\"") && pair[1].hasSuffix("\"") && pair[1].count >= 2 ? String(pair[1].dropFirst().dropLast()) : pair[1]
      return value.isEmpty || value.utf8.count > 70 ? nil : value
    }
    return nil
  }

  init(body: UnsafeRawBufferPointer, boundary: String) throws(Failure) {
    let bytes = body.bindMemory(to: UInt8.self)
    let opening = Array("--\(boundary)".utf8)
    let delimiter = Array("\r\n--\(boundary)".utf8)
    guard var cursor = Self.find(opening, in: bytes, from: 0) else { throw .malformed }
    cursor += opening.count
    var parts = 0
    while true {
      // After a boundary: "--" ends the body, CRLF starts a part.
      if Self.matches(Array("--".utf8), in: bytes, at: cursor) { return }
      guard Self.matches([13, 10], in: bytes, at: cursor) else { throw .malformed }
      cursor += 2
      parts += 1
      guard parts <= Self.maximumParts else { throw .tooManyParts }
      guard let headerEnd = Self.find([13, 10, 13, 10], in: bytes, from: cursor, limit: Self.maximumHeaderBytes) else {
        throw .malformed
      }
      let headers = Self.headers(String(decoding: UnsafeBufferPointer(rebasing: bytes[cursor..<headerEnd]), as: UTF8.self))
      let contentStart = headerEnd + 4
      guard let contentEnd = Self.find(delimiter, in: bytes, from: contentStart) else { throw .malformed }
      let content = UnsafeBufferPointer(rebasing: bytes[contentStart..<contentEnd])
      if let disposition = headers["content-disposition"], let name = Self.parameter("name", in: disposition) {
        if let fileName = Self.fileName(in: disposition) {
          // A file input left empty sends a part with no name and no bytes.
          if !(fileName.isEmpty && content.isEmpty) {
            files.append(File(field: name, fileName: fileName, range: contentStart..<contentEnd))
          }
        } else {
          fields[name] = String(decoding: content, as: UTF8.self)
        }
      }
      cursor = contentEnd + delimiter.count
    }
  }

  /// Header names lower-cased.
  private static func headers(_ text: String) -> [String: String] {
    var headers: [String: String] = [:]
    for line in text.components(separatedBy: "\r\n") {
      guard let colon = line.firstIndex(of: ":") else { continue }
      headers[line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()] = line[line.index(after: colon)...]
        .trimmingCharacters(in: .whitespaces)
    }
    return headers
  }

  /// `filename*=UTF-8''…` when given, else `filename="…"` (browsers send UTF-8 and escape a
  /// quote as %22); only the last path component (old browsers send the whole path).
  static func fileName(in disposition: String) -> String? {
    var name: String?
    if let extended = parameter("filename*", in: disposition), let quote = extended.range(of: "''") {
      name = String(extended[quote.upperBound...]).removingPercentEncoding
    }
    if name == nil, let plain = parameter("filename", in: disposition) {
      name = plain.replacingOccurrences(of: "%22", with: "\"")
    }
    guard let name else { return nil }
    let last = name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
    return String(last.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F }.map(Character.init))
  }

  /// A parameter of a header value such as `form-data; name="file"; filename="a.docx"`.
  static func parameter(_ key: String, in value: String) -> String? {
    var rest = Substring(value)
    while let semicolon = rest.firstIndex(of: ";") {
      rest = rest[rest.index(after: semicolon)...].drop { $0 == " " || $0 == "\t" }
      guard let equals = rest.firstIndex(of: "=") else { return nil }
      let name = rest[..<equals].trimmingCharacters(in: .whitespaces).lowercased()
      var after = rest[rest.index(after: equals)...]
      var parsed: String
      if after.first == "\"" {
        after = after.dropFirst()
        var text = ""
        var escaped = false
        var end = after.endIndex
        for index in after.indices {
          let character = after[index]
          if escaped {
            text.append(character)
            escaped = false
          } else if character == "\\" {
            escaped = true
          } else if character == "\"" {
            end = index
            break
          } else {
            text.append(character)
          }
        }
        parsed = text
        rest = end < after.endIndex ? after[after.index(after: end)...] : ""
      } else {
        let end = after.firstIndex(of: ";") ?? after.endIndex
        parsed = after[..<end].trimmingCharacters(in: .whitespaces)
        rest = after[end...]
      }
      if name == key { return parsed }
    }
    return nil
  }

  private static func matches(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
    guard index + needle.count <= bytes.count else { return false }
    for offset in needle.indices where bytes[index + offset] != needle[offset] { return false }
    return true
  }

  /// The first index of `needle` at or after `start`, within `limit` bytes when given
  /// (memchr for the first byte: an upload is tens of MB).
  private static func find(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from start: Int, limit: Int? = nil) -> Int? {
    guard let base = bytes.baseAddress, let first = needle.first, start <= bytes.count else { return nil }
    let end = min(bytes.count, limit.map { start + $0 + needle.count } ?? bytes.count)
    var index = start
    while index + needle.count <= end {
      guard let found = memchr(base + index, Int32(first), end - needle.count + 1 - index) else { return nil }
      let position = UnsafeRawPointer(found) - UnsafeRawPointer(base)
      if matches(needle, in: bytes, at: position) { return position }
      index = position + 1
    }
    return nil
  }
}
