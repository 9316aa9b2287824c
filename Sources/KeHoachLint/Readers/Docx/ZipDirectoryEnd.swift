/// The ZIP's end-of-central-directory record, looked for where the specification puts it: in
/// the last 22 + 65,535 bytes (the record and the longest comment).
///
/// Read before ZIPFoundation opens the archive, for two reasons: ZIPFoundation looks for the
/// record backwards through the whole file, one byte at a time (30 s for a 100 MB file that
/// has none, a download cut short); and it walks as many directory entries as the record
/// declares, so the declared count is checked against the limit before any is read.
struct ZipDirectoryEnd {
  /// Entries the archive declares (the ZIP64 record's count when there is one).
  let entryCount: UInt64

  private static let signature: UInt32 = 0x0605_4B50
  private static let zip64LocatorSignature: UInt32 = 0x0706_4B50
  private static let zip64RecordSignature: UInt32 = 0x0606_4B50
  private static let recordSize = 22

  /// Nil when the bytes hold no end record where one must be.
  init?(_ bytes: [UInt8]) {
    guard bytes.count >= Self.recordSize else { return nil }
    let earliest = max(0, bytes.count - Self.recordSize - 65_535)
    var offset = bytes.count - Self.recordSize
    while offset >= earliest, Self.uint32(bytes, at: offset) != Self.signature { offset -= 1 }
    guard offset >= earliest else { return nil }
    var count = UInt64(Self.uint16(bytes, at: offset + 10))
    // ZIP64: a locator just before the record points at a record with 64-bit counts.
    let locator = offset - 20
    if locator >= 0, Self.uint32(bytes, at: locator) == Self.zip64LocatorSignature {
      let record = Self.uint64(bytes, at: locator + 8)
      if bytes.count >= 56, record <= UInt64(bytes.count - 56), Self.uint32(bytes, at: Int(record)) == Self.zip64RecordSignature {
        count = Self.uint64(bytes, at: Int(record) + 32)
      }
    }
    entryCount = count
  }

  private static func uint16(_ bytes: [UInt8], at offset: Int) -> UInt16 {
    UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
  }

  private static func uint32(_ bytes: [UInt8], at offset: Int) -> UInt32 {
    UInt32(uint16(bytes, at: offset)) | UInt32(uint16(bytes, at: offset + 2)) << 16
  }

  private static func uint64(_ bytes: [UInt8], at offset: Int) -> UInt64 {
    UInt64(uint32(bytes, at: offset)) | UInt64(uint32(bytes, at: offset + 4)) << 32
  }
}
