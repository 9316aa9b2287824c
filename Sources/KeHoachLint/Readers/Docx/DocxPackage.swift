import Foundation
import ZIPFoundation

/// A `.docx` opened for reading (never extracted; see `ArchiveBackingFile`): its ZIP directory
/// checked against the limits, its parts looked up case-insensitively (OPC compares part
/// names without case) and inflated on demand with the byte and ratio caps enforced while
/// inflating.
final class DocxPackage {
  let file: String
  private let archive: Archive
  private let limits: DocxLimits
  /// Lower-cased part name without a leading slash → entry.
  private var entries: [String: Entry] = [:]
  private var inflatedTotal = 0

  init(bytes: [UInt8], file: String, limits: DocxLimits) throws(KeHoachLintError) {
    self.file = file
    self.limits = limits
    guard let end = ZipDirectoryEnd(bytes) else {
      throw .corruptArchive(path: file, reason: Messages.Input.noZipEnd)
    }
    guard end.entryCount <= UInt64(limits.maximumEntryCount) else {
      throw .limitExceeded(path: file, limit: Messages.Input.zipDeclaresEntries(end.entryCount, over: limits.maximumEntryCount))
    }
    let backing = try ArchiveBackingFile(bytes: bytes, file: file)
    defer { backing.remove() }
    do {
      archive = try Archive(url: backing.url, accessMode: .read)
    } catch {
      throw .corruptArchive(path: file, reason: Messages.Input.noZipDirectory)
    }
    var count = 0
    for entry in archive {
      count += 1
      guard count <= limits.maximumEntryCount else {
        throw .limitExceeded(path: file, limit: Messages.Input.tooManyEntries(limits.maximumEntryCount))
      }
      guard entry.type == .file else { continue }
      entries[Self.key(entry.path)] = entry
    }
    guard count > 0 else { throw .corruptArchive(path: file, reason: Messages.Input.noZipEntries) }
  }

  /// Whether the package has a part with this name (any case).
  func contains(_ part: String) -> Bool { entries[Self.key(part)] != nil }

  /// The bytes of `part`, or nil when the package has no such part.
  func read(_ part: String) throws(KeHoachLintError) -> [UInt8]? {
    guard let entry = entries[Self.key(part)] else { return nil }
    try checkDeclaredSize(of: entry, part: part)
    var output: [UInt8] = []
    output.reserveCapacity(Int(min(entry.uncompressedSize, UInt64(limits.maximumPartSize))))
    let compressed = max(Int(clamping: entry.compressedSize), 1)
    let declared = Int(clamping: entry.uncompressedSize)
    let limits = self.limits
    let alreadyInflated = inflatedTotal
    let checksum: CRC32
    do {
      checksum = try archive.extract(entry, skipCRC32: false) { chunk in
        output.append(contentsOf: chunk)
        if let exceeded = Self.exceededLimit(
          produced: output.count, declared: declared, compressed: compressed, total: alreadyInflated + output.count,
          limits: limits)
        {
          throw InflationStopped(limit: exceeded)
        }
      }
    } catch let stopped as InflationStopped {
      throw .limitExceeded(path: file, limit: Messages.Input.inPart(part, stopped.limit))
    } catch {
      throw .corruptArchive(path: file, reason: Messages.Input.cannotInflate(part))
    }
    guard checksum == entry.checksum else { throw .corruptArchive(path: file, reason: Messages.Input.checksumMismatch(part)) }
    inflatedTotal += output.count
    return output
  }

  private func checkDeclaredSize(of entry: Entry, part: String) throws(KeHoachLintError) {
    let declared = entry.uncompressedSize
    if declared > UInt64(limits.maximumPartSize) {
      throw .limitExceeded(path: file, limit: Messages.Input.partDeclares(part, bytes: declared, over: limits.maximumPartSize))
    }
    if UInt64(inflatedTotal) + declared > UInt64(limits.maximumTotalSize) {
      throw .limitExceeded(path: file, limit: Messages.Input.partsTotal(over: limits.maximumTotalSize))
    }
    let compressed = max(entry.compressedSize, 1)
    if declared >= UInt64(limits.ratioCheckThreshold), declared / compressed > UInt64(limits.maximumCompressionRatio) {
      throw .limitExceeded(
        path: file, limit: Messages.Input.inPart(part, Messages.Input.compressionRatio(over: limits.maximumCompressionRatio)))
    }
  }

  private static func exceededLimit(produced: Int, declared: Int, compressed: Int, total: Int, limits: DocxLimits)
    -> LocalizedText?
  {
    // The declared size passed the checks before inflating; more output than that means the
    // header lies, which only a crafted archive does.
    if produced > declared { return Messages.Input.inflatesPastDeclared(declared) }
    if produced > limits.maximumPartSize { return Messages.Input.uncompressedOver(limits.maximumPartSize) }
    if total > limits.maximumTotalSize { return Messages.Input.partsTotal(over: limits.maximumTotalSize) }
    if produced >= limits.ratioCheckThreshold, produced / compressed > limits.maximumCompressionRatio {
      return Messages.Input.compressionRatio(over: limits.maximumCompressionRatio)
    }
    return nil
  }

  private static func key(_ path: String) -> String {
    var name = path.replacingOccurrences(of: "\\", with: "/")
    while name.hasPrefix("/") { name.removeFirst() }
    return name.lowercased()
  }
}

/// Thrown from the inflation callback to stop ZIPFoundation mid-entry.
private struct InflationStopped: Error {
  let limit: LocalizedText
}
