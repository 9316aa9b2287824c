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
    // Created with mode 0600 and O_EXCL in one call: Foundation's createFile sets the mode only
    // after writing, and /dev/shm is shared by every user of the machine.
    let descriptor = open(url.path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else { throw .unreadable(path: file, reason: Messages.Input.cannotStage) }
    defer { close(descriptor) }
    let written = bytes.withUnsafeBytes { buffer -> Bool in
      var offset = 0
      while offset < buffer.count {
        let result = write(descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
        if result > 0 {
          offset += result
        } else if result < 0 && errno == EINTR {
          continue
        } else {
          return false
        }
      }
      return true
    }
    guard written else {
      remove()
      throw .unreadable(path: file, reason: Messages.Input.cannotStage)
    }
  }

  /// Removes the name; an archive already open keeps reading its data.
  func remove() {
    try? FileManager.default.removeItem(at: url)
  }
}
