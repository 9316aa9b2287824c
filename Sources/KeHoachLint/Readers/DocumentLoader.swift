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

  /// Reads a plan already in memory (an upload to `serve`) with the same checks and readers
  /// as `load`, touching no disk; `name` stands for the path in reports and picks the format
  /// the way a file name does.
  public func load(bytes: [UInt8], name: String) throws(KeHoachLintError) -> PlanDocument {
    guard !bytes.isEmpty else { throw .emptyFile(path: name) }
    guard bytes.count <= maximumFileSize else {
      throw .limitExceeded(path: name, limit: Messages.Input.fileTooLarge(megabytes: maximumFileSize / 1_048_576))
    }
    var document = try read(bytes, path: name)
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
      throw .notAWordDocument(path: path, reason: Messages.Input.pdf)
    case .xml:
      return try WordXMLReader().read(bytes: bytes, file: path)
    case .text where Self.isWordPackageName(path):
      // A ".docx" that is not a ZIP is a damaged download or a renamed file, never a plan
      // written as text: reading it as Markdown would pass it under the base profile.
      throw .corruptArchive(path: path, reason: Messages.Input.notAZip)
    case .text:
      let (utf8, legacy) = try TextDecoding.utf8(bytes, path: path)
      var document = try MarkdownReader(limits: markdownLimits).readWithinLimits(bytes: utf8, file: path)
      document.legacyEncoding = legacy
      return document
    }
  }

  /// Whether `path` names a Word package (`.docx`, `.docm`, `.dotx`, `.dotm`).
  static func isWordPackageName(_ path: String) -> Bool {
    ["docx", "docm", "dotx", "dotm"].contains((path as NSString).pathExtension.lowercased())
  }

  /// The file's bytes, read once into one buffer. Only regular files: a pipe (`mkfifo`) would
  /// block forever and a device (`/dev/zero`) never ends, so the file is opened without
  /// blocking and checked before anything is read.
  private func readBytes(_ path: String) throws(KeHoachLintError) -> [UInt8] {
    let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard descriptor >= 0 else {
      switch errno {
      case ENOENT, ENOTDIR: throw .fileNotFound(path: path)
      case ELOOP: throw .unreadable(path: path, reason: Messages.Input.symbolicLinkLoop)
      case EACCES, EPERM: throw .unreadable(path: path, reason: Messages.Input.permissionDenied)
      default: throw .unreadable(path: path, reason: Messages.Input.system(String(cString: strerror(errno))))
      }
    }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else {
      throw .unreadable(path: path, reason: Messages.Input.system(String(cString: strerror(errno))))
    }
    switch status.st_mode & S_IFMT {
    case S_IFREG: break
    case S_IFDIR: throw .isDirectory(path: path)
    default: throw .unreadable(path: path, reason: Messages.Input.notRegularFile)
    }
    guard status.st_size <= maximumFileSize else {
      throw .limitExceeded(path: path, limit: Messages.Input.fileTooLarge(megabytes: maximumFileSize / 1_048_576))
    }
    let (bytes, failure) = OpenFile.contents(of: descriptor, size: Int(status.st_size))
    if failure != 0 { throw .unreadable(path: path, reason: Messages.Input.system(String(cString: strerror(failure)))) }
    guard !bytes.isEmpty else { throw .emptyFile(path: path) }
    return bytes
  }
}

/// Reading an open file with read(2), outside `DocumentLoader` (whose `read` would shadow it).
private enum OpenFile {
  /// Up to `size` bytes (fewer if the file shrank meanwhile), and errno if reading failed.
  static func contents(of descriptor: Int32, size: Int) -> (bytes: [UInt8], errorNumber: Int32) {
    var failure: Int32 = 0
    let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
      count = 0
      guard let base = buffer.baseAddress else { return }
      while count < size {
        let result = read(descriptor, base + count, size - count)
        if result > 0 {
          count += result
        } else if result == 0 || errno != EINTR {
          failure = result == 0 ? 0 : errno
          return
        }
      }
    }
    return (bytes, failure)
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
    let head = String(decoding: bytes.prefix(512), as: UTF8.self).trimmingWhitespace()
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
        throw .notUTF8(path: path, detail: Messages.Input.invalidUTF16)
      }
      return (Array(text.utf8), nil)
    }
    if let encoding = utf16WithoutMark(bytes) {
      guard let text = String(data: Data(bytes), encoding: encoding) else {
        throw .notUTF8(path: path, detail: Messages.Input.invalidUTF16WithoutMark)
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

  /// UTF-16 saved without a byte-order mark: text in Latin script has a zero byte in every
  /// other position (odd ones in little-endian, even ones in big-endian); UTF-8 text has none.
  private static func utf16WithoutMark(_ bytes: [UInt8]) -> String.Encoding? {
    let sample = bytes.prefix(4096)
    guard sample.count >= 4, sample.count % 2 == 0 else { return nil }
    var zeros = (even: 0, odd: 0)
    for (offset, byte) in sample.enumerated() where byte == 0 {
      if offset % 2 == 0 { zeros.even += 1 } else { zeros.odd += 1 }
    }
    let pairs = sample.count / 2
    if zeros.odd * 4 >= pairs, zeros.even == 0 { return .utf16LittleEndian }
    if zeros.even * 4 >= pairs, zeros.odd == 0 { return .utf16BigEndian }
    return nil
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
        throw .notUTF8(path: path, detail: Messages.Input.invalidBytes(line: line))
      }
    }
    return bytes
  }
}
