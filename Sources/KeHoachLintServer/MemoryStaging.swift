import Foundation

/// The Word reader and the annotator hand a `.docx` to ZIPFoundation through a file that is
/// unlinked as soon as it is open (`ArchiveBackingFile`): in `/dev/shm`, a memory file
/// system, when it is writable, else in the temporary folder, which is on disk. The server
/// promises uploads never reach the disk, so it starts only where `/dev/shm` is memory.
enum MemoryStaging {
  struct Unavailable: Error, CustomStringConvertible {
    var description: String {
      "kehoach-lint serve: /dev/shm không phải tmpfs ghi được; tệp tải lên sẽ phải ghi ra đĩa. "
        + "/dev/shm is not a writable tmpfs; uploads would be staged on disk, so the server does not start."
    }
  }

  static func check(path: String = "/dev/shm", mounts: String = "/proc/mounts") throws(Unavailable) {
    guard access(path, W_OK) == 0, let table = try? String(contentsOfFile: mounts, encoding: .utf8) else { throw Unavailable() }
    // The mount the path is on: the longest mount point it lies under.
    var best: (point: String, type: String)?
    for line in table.split(separator: "\n") {
      let fields = line.split(separator: " ")
      guard fields.count >= 3 else { continue }
      let point = String(fields[1])
      let under = path == point || path.hasPrefix(point.hasSuffix("/") ? point : point + "/")
      if under, point.count > (best?.point.count ?? -1) { best = (point, String(fields[2])) }
    }
    guard best?.type == "tmpfs" else { throw Unavailable() }
  }
}
