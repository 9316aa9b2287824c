import Foundation

/// Reads one input file and hands it to the reader for its format, found from the bytes
/// (not only the extension: a PDF renamed `.docx` or a `.doc` saved as `.docx` is named for
/// what it is).
public struct DocumentLoader: Sendable {
  /// Inputs larger than this are refused before reading (a plan is a few MB at most).
  public var maximumFileSize = 200 * 1024 * 1024
  /// Limits on what a `.docx` may inflate to (ZIP bombs).
  public var docxLimits = DocxLimits()
  /// Limits on Markdown nesting and paragraph length.
  public var markdownLimits = MarkdownLimits()

  public init() {}

  public func load(_ path: String) throws(KeHoachLintError) -> PlanDocument {
    let bytes = try readBytes(path)
    var document = try read(bytes, path: path)
    document.sourceSHA256 = SHA256.hex(bytes)
    return document
  }

  /// Hands the bytes to the reader for their format.
  func read(_ bytes: [UInt8], path: String) throws(KeHoachLintError) -> PlanDocument {
    switch InputSniffer.kind(of: bytes, path: path) {
    case .oleCompound(let encrypted):
      throw encrypted ? .encryptedDocument(path: path) : .legacyWordDocument(path: path)
    case .zip:
      return try DocxReader(limits: docxLimits).read(bytes: bytes, file: path)
    case .pdf:
      throw .notAWordDocument(path: path, reason: "PDF")
    case .xml:
      return try WordXMLReader().read(bytes: bytes, file: path)
    case .text:
      let (utf8, legacy) = try TextDecoding.utf8(bytes, path: path)
      var document = try MarkdownReader(limits: markdownLimits).readWithinLimits(bytes: utf8, file: path)
      document.legacyEncoding = legacy
      return document
    }
  }

  private func readBytes(_ path: String) throws(KeHoachLintError) -> [UInt8] {
    let manager = FileManager.default
    var isDirectory: ObjCBool = false
    guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
      if Self.isSymbolicLinkLoop(path) { throw .unreadable(path: path, reason: "symbolic link loop") }
      throw .fileNotFound(path: path)
    }
    if isDirectory.boolValue { throw .isDirectory(path: path) }
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw .unreadable(path: path, reason: manager.isReadableFile(atPath: path) ? "open failed" : "permission denied")
    }
    defer { try? handle.close() }
    let data: Data
    do {
      let size = try handle.seekToEnd()
      guard size <= UInt64(maximumFileSize) else {
        throw KeHoachLintError.limitExceeded(path: path, limit: "file larger than \(maximumFileSize / 1_048_576) MB")
      }
      try handle.seek(toOffset: 0)
      data = try handle.readToEnd() ?? Data()
    } catch let error as KeHoachLintError {
      throw error
    } catch {
      throw .unreadable(path: path, reason: error.localizedDescription)
    }
    guard !data.isEmpty else { throw .emptyFile(path: path) }
    return [UInt8](data)
  }

  /// Whether resolving `path` fails because symbolic links point at each other.
  private static func isSymbolicLinkLoop(_ path: String) -> Bool {
    var status = stat()
    return stat(path, &status) != 0 && errno == ELOOP
  }
}

/// What the first bytes of an input say it is.
enum InputSniffer {
  enum Kind: Equatable {
    case oleCompound(encrypted: Bool)
    case zip
    case pdf
    case xml
    case text
  }

  static func kind(of bytes: [UInt8], path: String) -> Kind {
    if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
      // An encrypted .docx is an OLE file holding "EncryptionInfo" and "EncryptedPackage".
      let marker = Array("EncryptionInfo".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
      return .oleCompound(encrypted: contains(bytes, marker))
    }
    if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0x50, 0x4B, 0x05, 0x06]) { return .zip }
    if bytes.starts(with: Array("%PDF".utf8)) { return .pdf }
    let head = String(decoding: bytes.prefix(512), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    let stripped = head.hasPrefix("\u{FEFF}") ? String(head.dropFirst()) : head
    if stripped.hasPrefix("<?xml") || (path.lowercased().hasSuffix(".xml") && stripped.hasPrefix("<")) { return .xml }
    return .text
  }

  private static func contains(_ bytes: [UInt8], _ needle: [UInt8]) -> Bool {
    guard needle.count <= bytes.count else { return false }
    var index = 0
    while index + needle.count <= bytes.count {
      if bytes[index] == needle[0], bytes[index..<index + needle.count].elementsEqual(needle) { return true }
      index += 1
    }
    return false
  }
}

/// Turns a text file's bytes into UTF-8 without a byte-order mark.
enum TextDecoding {
  /// UTF-8 bytes, and the legacy Vietnamese encoding they were converted from, if any.
  static func utf8(_ bytes: [UInt8], path: String) throws(KeHoachLintError) -> ([UInt8], LegacyVietnameseEncoding?) {
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return (try validated(Array(bytes.dropFirst(3)), path: path), nil) }
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
      let encoding: String.Encoding = bytes[0] == 0xFF ? .utf16LittleEndian : .utf16BigEndian
      guard let text = String(data: Data(bytes.dropFirst(2)), encoding: encoding) else {
        throw .notUTF8(path: path, detail: "invalid UTF-16")
      }
      return (Array(text.utf8), nil)
    }
    do {
      return (try validated(bytes, path: path), nil)
    } catch {
      // Drafts typed with .VnTime (TCVN3) or VNI fonts: read them, and say so.
      guard let legacy = LegacyVietnameseEncoding.decode(bytes) else { throw error }
      return (Array(legacy.text.utf8), legacy.encoding)
    }
  }

  private static func validated(_ bytes: [UInt8], path: String) throws(KeHoachLintError) -> [UInt8] {
    var iterator = bytes.makeIterator()
    var decoder = UTF8()
    var line = 1
    loop: while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar):
        if scalar == "\n" { line += 1 }
      case .emptyInput:
        break loop
      case .error:
        throw .notUTF8(path: path, detail: "invalid byte sequence on line \(line)")
      }
    }
    return bytes
  }
}
