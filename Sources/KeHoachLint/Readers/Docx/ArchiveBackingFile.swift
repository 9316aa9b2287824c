import Foundation

/// The archive's bytes as a file for ZIPFoundation to read, kept in memory where possible.
///
/// ZIPFoundation's in-memory backend (`Archive(data:)`) traps when an entry's offset points
/// past the end of the data (weichsel/ZIPFoundation#394, open), so one crafted `.docx` would
/// stop a whole batch; its file backend reads such offsets as end of file and throws. The
/// bytes go to `/dev/shm` (a memory file system) when there is one, else the temporary
/// folder, and the name is removed as soon as the archive is open.
struct ArchiveBackingFile {
  let url: URL

  init(bytes: [UInt8], file: String) throws(KeHoachLintError) {
    var isDirectory: ObjCBool = false
    let folder =
      FileManager.default.fileExists(atPath: "/dev/shm", isDirectory: &isDirectory) && isDirectory.boolValue
        && FileManager.default.isWritableFile(atPath: "/dev/shm")
      ? "/dev/shm" : NSTemporaryDirectory()
    url = URL(fileURLWithPath: folder).appendingPathComponent("kehoach-lint-\(UUID().uuidString).zip")
    guard FileManager.default.createFile(atPath: url.path, contents: Data(bytes), attributes: [.posixPermissions: 0o600])
    else { throw .unreadable(path: file, reason: "cannot stage the ZIP archive for reading") }
  }

  /// Removes the name; an archive already open keeps reading its data.
  func remove() {
    try? FileManager.default.removeItem(at: url)
  }
}
