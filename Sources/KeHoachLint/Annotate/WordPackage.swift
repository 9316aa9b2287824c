import Foundation
import ZIPFoundation

/// A `.docx` opened for rewriting: every ZIP entry's bytes in their order, and which is the
/// main document part. `annotate` and `fix` change a few parts and write every other entry
/// back with the same bytes.
struct WordPackage {
  struct Entry {
    let path: String
    var data: [UInt8]
    let isDirectory: Bool
  }

  var entries: [Entry]
  /// The input's path, for messages.
  let file: String
  /// The main document part's name ("word/document.xml").
  let mainPart: String
  let mainIndex: Int

  init(bytes: [UInt8], file: String) throws(KeHoachLintError) {
    entries = try Self.readEntries(bytes, file: file)
    self.file = file
    guard let mainPart = Self.mainPart(entries) else {
      throw .notAWordDocument(path: file, reason: Messages.Input.noDocumentPart)
    }
    guard let mainIndex = entries.firstIndex(where: { Self.key($0.path) == Self.key(mainPart) }) else {
      throw .notAWordDocument(path: file, reason: Messages.Annotate.cannotRewrite)
    }
    self.mainPart = mainPart
    self.mainIndex = mainIndex
  }

  /// The main part's bytes.
  var mainDocument: [UInt8] {
    get { entries[mainIndex].data }
    set { entries[mainIndex].data = newValue }
  }

  /// The package written back as a ZIP.
  func archive() throws(KeHoachLintError) -> [UInt8] { try Self.writeArchive(entries, file: file) }

  private static func readEntries(_ bytes: [UInt8], file: String) throws(KeHoachLintError) -> [Entry] {
    let backing = try ArchiveBackingFile(bytes: bytes, file: file)
    defer { backing.remove() }
    let archive: Archive
    do {
      archive = try Archive(url: backing.url, accessMode: .read)
    } catch {
      throw .corruptArchive(path: file, reason: Messages.Input.noZipDirectory)
    }
    var entries: [Entry] = []
    for entry in archive {
      var data: [UInt8] = []
      do {
        _ = try archive.extract(entry, skipCRC32: false) { chunk in data.append(contentsOf: chunk) }
      } catch {
        throw .corruptArchive(path: file, reason: Messages.Input.cannotInflate(entry.path))
      }
      entries.append(Entry(path: entry.path, data: data, isDirectory: entry.type == .directory))
    }
    return entries
  }

  private static func mainPart(_ entries: [Entry]) -> String? {
    if let rels = entries.first(where: { key($0.path) == "_rels/.rels" }),
      let relationships = try? PackageRelationships(bytes: rels.data, source: "", file: "", part: "_rels/.rels"),
      let target = relationships.target(ofKind: "officeDocument")
    {
      return target
    }
    return entries.contains { key($0.path) == "word/document.xml" } ? "word/document.xml" : nil
  }

  private static func writeArchive(_ entries: [Entry], file: String) throws(KeHoachLintError) -> [UInt8] {
    let url = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("kehoach-lint-\(UUID().uuidString).docx")
    defer { try? FileManager.default.removeItem(at: url) }
    do {
      let archive = try Archive(url: url, accessMode: .create)
      for entry in entries {
        let data = Data(entry.data)
        try archive.addEntry(
          with: entry.path, type: entry.isDirectory ? .directory : .file, uncompressedSize: Int64(data.count),
          modificationDate: Date(timeIntervalSince1970: 315_532_800), compressionMethod: entry.isDirectory ? .none : .deflate
        ) { position, size in
          data.subdata(in: Int(position)..<Int(position) + size)
        }
      }
      return Array(try Data(contentsOf: url))
    } catch {
      throw .unreadable(path: file, reason: Messages.Annotate.cannotWrite(url.path))
    }
  }

  static func key(_ path: String) -> String {
    var name = path.replacingOccurrences(of: "\\", with: "/")
    while name.hasPrefix("/") { name.removeFirst() }
    return name.lowercased()
  }

}
