import Foundation
import KeHoachLint
import Testing

/// Hostile and broken inputs: each stops with its own error, naming the file.
@Suite("DOCX hostile inputs")
struct DocxSafetyTests {
  /// Loads `bytes` saved as `name` through the same entry point as the CLI.
  static func load(_ name: String, _ bytes: [UInt8], limits: DocxLimits = DocxLimits()) throws(KeHoachLintError)
    -> PlanDocument
  {
    let folder: TemporaryFolder
    do { folder = try TemporaryFolder() } catch {
      throw .unreadable(path: name, reason: LocalizedText(vi: "chuẩn bị thử", en: "test setup"))
    }
    defer { folder.remove() }
    let path: String
    do { path = try folder.write(name, bytes) } catch {
      throw .unreadable(path: name, reason: LocalizedText(vi: "chuẩn bị thử", en: "test setup"))
    }
    var loader = DocumentLoader()
    loader.docxLimits = limits
    return try loader.load(path)
  }

  static func read(_ bytes: [UInt8], file: String = "test.docx", limits: DocxLimits = DocxLimits()) throws(KeHoachLintError)
    -> PlanDocument
  {
    try DocxReader(limits: limits).read(bytes: bytes, file: file)
  }

  static func readXML(_ xml: String) throws(KeHoachLintError) -> PlanDocument {
    try WordXMLReader().read(bytes: Array(xml.utf8), file: "document.xml")
  }

  /// The error thrown by `body`, or nil.
  static func error(_ body: () throws(KeHoachLintError) -> PlanDocument) -> KeHoachLintError? {
    do {
      _ = try body()
      return nil
    } catch {
      return error
    }
  }

  static let plainDocument = TestDocx.document(TestDocx.paragraph("Kế hoạch"))

  @Test("a part larger than the per-part limit stops inflation")
  func partLimit() throws {
    let bytes = try TestDocx.package(document: TestDocx.document(TestDocx.paragraph(String(repeating: "a ", count: 100_000))))
    let limits = DocxLimits(maximumPartSize: 64 * 1024)
    let error = Self.error { () throws(KeHoachLintError) in try Self.load("lon.docx", bytes, limits: limits) }
    guard case .limitExceeded(let path, let limit) = error else {
      Issue.record("expected limitExceeded, got \(String(describing: error))")
      return
    }
    #expect(path.hasSuffix("lon.docx"))
    #expect(limit.en.contains("word/document.xml"))
  }

  @Test("a ZIP bomb (8 MB of one byte, ratio about 1000:1) is refused before inflating")
  func compressionRatio() throws {
    let filler = String(repeating: " ", count: 8 * 1024 * 1024)
    let bytes = try TestDocx.package(document: TestDocx.document("<w:p><w:r><w:t>\(filler)</w:t></w:r></w:p>"))
    #expect(bytes.count < 100_000)
    let error = Self.error { () throws(KeHoachLintError) in try Self.read(bytes, file: "bom.docx") }
    guard case .limitExceeded(let path, let limit) = error else {
      Issue.record("expected limitExceeded, got \(String(describing: error))")
      return
    }
    #expect(path == "bom.docx")
    #expect(limit.en.contains("compression ratio"))
  }

  @Test("a ZIP whose declared sizes lie is stopped while inflating")
  func lyingSizes() throws {
    let filler = String(repeating: " ", count: 4 * 1024 * 1024)
    var bytes = try TestDocx.package(document: TestDocx.document("<w:p><w:r><w:t>\(filler)</w:t></w:r></w:p>"))
    #expect(ZipPatch.declareUncompressedSize(100, for: "word/document.xml", in: &bytes) == 2)
    let error = Self.error { () throws(KeHoachLintError) in try Self.read(bytes, file: "bom.docx") }
    guard case .limitExceeded(_, let limit) = error else {
      Issue.record("expected limitExceeded, got \(String(describing: error))")
      return
    }
    #expect(limit.en.contains("declared size of 100 bytes"))
  }

  @Test("too many ZIP entries")
  func entryCount() throws {
    var entries: [String: Data] = [:]
    for index in 0..<30 { entries["media/image\(index).png"] = Data([UInt8(index)]) }
    let bytes = try TestDocx.zip(entries)
    let error = Self.error { () throws(KeHoachLintError) in try Self.read(bytes, limits: DocxLimits(maximumEntryCount: 20)) }
    guard case .limitExceeded = error else {
      Issue.record("expected limitExceeded, got \(String(describing: error))")
      return
    }
  }

  static let billionLaughs = """
    <?xml version="1.0"?>
    <!DOCTYPE lolz [
     <!ENTITY lol "lol">
     <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
     <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
     <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
     <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
     <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
     <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
     <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
     <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
    ]>
    <w:document xmlns:w="\(TestDocx.wordNamespace)"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>
    """

  static func externalEntity(secretFile: String, padding: Int = 0) -> String {
    """
    <?xml version="1.0"?><!--\(String(repeating: "x", count: padding))-->
    <!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file://\(secretFile)">]>
    <w:document xmlns:w="\(TestDocx.wordNamespace)"><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>
    """
  }

  static func isRejectedDTD(_ error: KeHoachLintError?, part: String) -> Bool {
    guard case .malformedXML(_, let errorPart, let reason) = error else { return false }
    return errorPart == part && reason.en.contains("DOCTYPE")
  }

  @Test("billion laughs in document.xml is rejected as a DTD")
  func billionLaughs() throws {
    let bytes = try TestDocx.package(document: Self.billionLaughs)
    let error = Self.error { () throws(KeHoachLintError) in try Self.read(bytes) }
    #expect(Self.isRejectedDTD(error, part: "word/document.xml"))
  }

  @Test("an external entity pointing at a local file is rejected, its content never read")
  func externalEntity() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let secret = try folder.write("secret.txt", Array("BÍ-MẬT-42".utf8))
    let bytes = try TestDocx.package(document: Self.externalEntity(secretFile: secret))
    let error = Self.error { () throws(KeHoachLintError) in try Self.read(bytes) }
    #expect(Self.isRejectedDTD(error, part: "word/document.xml"))
    #expect(!String(describing: error).contains("BÍ-MẬT-42"))
  }

  @Test("a DOCTYPE hidden after a long comment is still rejected, by the parser's own node check")
  func doctypeAfterLongComment() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let secret = try folder.write("secret.txt", Array("BÍ-MẬT-42".utf8))
    let xml = Self.externalEntity(secretFile: secret, padding: 20_000)
    let error = Self.error { () throws(KeHoachLintError) in try Self.readXML(xml) }
    #expect(Self.isRejectedDTD(error, part: "document.xml"))
    #expect(!String(describing: error).contains("BÍ-MẬT-42"))
  }

  @Test("a plain DOCTYPE in a styles part is rejected too")
  func doctypeInStyles() throws {
    let styles = "<?xml version=\"1.0\"?><!DOCTYPE w:styles><w:styles xmlns:w=\"\(TestDocx.wordNamespace)\"/>"
    let bytes = try TestDocx.package(document: Self.plainDocument, styles: styles)
    let error = Self.error { () throws(KeHoachLintError) in try Self.read(bytes) }
    #expect(Self.isRejectedDTD(error, part: "word/styles.xml"))
  }

  @Test("malformed XML names the part")
  func malformedXML() throws {
    let bytes = try TestDocx.package(document: "<w:document xmlns:w=\"\(TestDocx.wordNamespace)\"><w:body><w:p>")
    let error = Self.error { () throws(KeHoachLintError) in try Self.read(bytes) }
    guard case .malformedXML(_, let part, _) = error else {
      Issue.record("expected malformedXML, got \(String(describing: error))")
      return
    }
    #expect(part == "word/document.xml")
  }

  @Test("a truncated .docx is a corrupt archive")
  func truncated() throws {
    let bytes = try TestDocx.package(document: Self.plainDocument)
    let error = Self.error { () throws(KeHoachLintError) in try Self.load("cut.docx", Array(bytes.prefix(bytes.count / 2))) }
    guard case .corruptArchive(let path, _) = error else {
      Issue.record("expected corruptArchive, got \(String(describing: error))")
      return
    }
    #expect(path.hasSuffix("cut.docx"))
  }

  @Test("a ZIP whose entry offsets point past its end (found by fuzzing) is corrupt, not a crash")
  func offsetPastEnd() {
    let path = TestDocx.fixture("Fixtures/hostile/zip-offset-past-end.docx")
    let error = Self.error { () throws(KeHoachLintError) in try DocumentLoader().load(path) }
    guard case .corruptArchive(let errorPath, _) = error else {
      Issue.record("expected corruptArchive, got \(String(describing: error))")
      return
    }
    #expect(errorPath == path)
  }

  static let oleSignature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

  @Test("a legacy .doc (OLE) saved as .docx")
  func legacyDoc() {
    let bytes = Self.oleSignature + [UInt8](repeating: 0, count: 1024)
    let error = Self.error { () throws(KeHoachLintError) in try Self.load("cu.docx", bytes) }
    guard case .legacyWordDocument(let path) = error else {
      Issue.record("expected legacyWordDocument, got \(String(describing: error))")
      return
    }
    #expect(path.hasSuffix("cu.docx"))
  }

  @Test("a password-protected .docx (OLE with EncryptionInfo)")
  func encrypted() {
    let marker = Array("EncryptionInfo".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
    let bytes = Self.oleSignature + [UInt8](repeating: 0, count: 512) + marker + [UInt8](repeating: 0, count: 512)
    let error = Self.error { () throws(KeHoachLintError) in try Self.load("mat-khau.docx", bytes) }
    guard case .encryptedDocument = error else {
      Issue.record("expected encryptedDocument, got \(String(describing: error))")
      return
    }
  }

  @Test("a PDF renamed .docx")
  func pdf() {
    let error = Self.error { () throws(KeHoachLintError) in try Self.load("ke-hoach.docx", Array("%PDF-1.7\n%âãÏÓ\n".utf8)) }
    guard case .notAWordDocument(_, let reason) = error else {
      Issue.record("expected notAWordDocument, got \(String(describing: error))")
      return
    }
    #expect(reason == Messages.Input.pdf)
  }

  @Test("text renamed .docx is a damaged package, never read as a Markdown plan")
  func textNamedDocx() {
    let error = Self.error { () throws(KeHoachLintError) in try Self.load("hong.docx", Array("not a zip\n".utf8)) }
    guard case .corruptArchive(let path, let reason) = error else {
      Issue.record("expected corruptArchive, got \(String(describing: error))")
      return
    }
    #expect(path.hasSuffix("hong.docx") && reason == Messages.Input.notAZip)
    let markdown = Self.error { () throws(KeHoachLintError) in try Self.load("ke-hoach.md", Array("# KẾ HOẠCH\n".utf8)) }
    #expect(markdown == nil)
  }

  @Test("an empty .docx")
  func empty() {
    let error = Self.error { () throws(KeHoachLintError) in try Self.load("rong.docx", []) }
    guard case .emptyFile = error else {
      Issue.record("expected emptyFile, got \(String(describing: error))")
      return
    }
  }

  @Test("a ZIP that is not an Office document, and an Office package that is not Word")
  func notWord() throws {
    let plainZip = try TestDocx.zip(["readme.txt": Data("xin chào".utf8)])
    let first = Self.error { () throws(KeHoachLintError) in try Self.load("anh.docx", plainZip) }
    guard case .notAWordDocument = first else {
      Issue.record("expected notAWordDocument, got \(String(describing: first))")
      return
    }
    let workbook = "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>"
    let spreadsheet = try TestDocx.package(document: workbook, mainPart: "xl/workbook.xml")
    let second = Self.error { () throws(KeHoachLintError) in try Self.load("bang.docx", spreadsheet) }
    guard case .notAWordDocument = second else {
      Issue.record("expected notAWordDocument, got \(String(describing: second))")
      return
    }
  }
}

/// Rewrites the sizes a ZIP declares for one entry, to build archives that lie.
enum ZipPatch {
  /// Sets the uncompressed size in the local and central headers of `name`; returns how many
  /// headers were patched.
  static func declareUncompressedSize(_ size: UInt32, for name: String, in bytes: inout [UInt8]) -> Int {
    let nameBytes = Array(name.utf8)
    var patched = 0
    var index = 0
    while index + 46 < bytes.count {
      let signature =
        UInt32(bytes[index]) | UInt32(bytes[index + 1]) << 8 | UInt32(bytes[index + 2]) << 16
        | UInt32(bytes[index + 3]) << 24
      let layout: (nameLength: Int, name: Int, size: Int)? =
        switch signature {
        case 0x0403_4B50: (26, 30, 22)
        case 0x0201_4B50: (28, 46, 24)
        default: nil
        }
      if let layout {
        let length = Int(bytes[index + layout.nameLength]) | Int(bytes[index + layout.nameLength + 1]) << 8
        let start = index + layout.name
        if start + length <= bytes.count, Array(bytes[start..<start + length]) == nameBytes {
          for offset in 0..<4 { bytes[index + layout.size + offset] = UInt8((size >> (8 * UInt32(offset))) & 0xFF) }
          patched += 1
        }
      }
      index += 1
    }
    return patched
  }
}
