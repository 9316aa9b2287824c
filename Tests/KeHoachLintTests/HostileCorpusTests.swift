import Foundation
import Testing
import ZIPFoundation

@testable import KeHoachLint

#if canImport(Glibc)
  import Glibc
#endif

/// Fixtures/hostile/: every input with what reading it must give (its `.error` sidecar).
enum HostileCorpus {
  static let folder = TestSupport.fixturesDirectory + "/hostile"

  enum Expectation: Equatable, CustomStringConvertible {
    /// Reading fails with this `KeHoachLintError.code`.
    case error(String)
    /// Read; the findings' rule ids, each once, sorted.
    case readable([String])

    init(sidecar: String) {
      let words = sidecar.split(whereSeparator: \.isWhitespace).map(String.init)
      if words.first == "readable" {
        self = .readable(Array(words.dropFirst()))
      } else {
        self = .error(words.first ?? "")
      }
    }

    var description: String {
      switch self {
      case .error(let code): code
      case .readable(let rules): (["readable"] + rules).joined(separator: " ")
      }
    }
  }

  /// Every input (relative to the folder), sorted: all files but the sidecars and the README.
  static let files: [String] = {
    guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
    var found: [String] = []
    while let relative = walker.nextObject() as? String {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: folder + "/" + relative, isDirectory: &isDirectory), !isDirectory.boolValue
      else { continue }
      if relative.hasSuffix(".error") || relative == "README.md" { continue }
      found.append(relative)
    }
    return found.sorted()
  }()

  static func path(_ relative: String) -> String { folder + "/" + relative }

  static func expectation(_ relative: String) -> Expectation? {
    guard let text = try? String(contentsOfFile: path(relative) + ".error", encoding: .utf8) else { return nil }
    return Expectation(sidecar: text)
  }

  /// The XXE fixtures point at this file and the URL fixtures at this port (see
  /// scripts/make-hostile-fixtures.py). Both are fixed, so two runs of the suite at once would
  /// share them: the tests rewrite the fixtures to a canary and a port of their own instead.
  static let fixedCanaryPath = "/tmp/kehoach-lint-xxe-canary.txt"
  static let fixedURL = "http://127.0.0.1:47913"
  static let localSecretPath = "/etc/passwd"

  /// The fixtures that try to reach a local file or the network.
  static var entityAttacks: [String] { files.filter { $0.hasPrefix("xxe-") || $0.hasPrefix("doctype-") } }

  /// The entity attacks copied into a folder, each part that named the fixed canary or URL
  /// rewritten to a canary of this run and a port of this run.
  struct EntityAttackCopies {
    /// The copies, in the order of `entityAttacks`, under the same names.
    var paths: [String] = []
    /// The fixtures that pointed at the canary, and at the URL.
    var pointingAtCanary: [String] = []
    var pointingAtURL: [String] = []
    /// What no output may contain: the canary's text and, when it can be read, the first line
    /// of /etc/passwd (which xxe-document.docx and doctype-local-file.docx point at).
    var secrets: [String] = []
  }

  static func entityAttackCopies(in folder: TemporaryFolder, port: UInt16) throws -> EntityAttackCopies {
    var copies = EntityAttackCopies()
    let canaryPath = folder.file("canary.txt")
    let canaryText = "KEHOACH-XXE-CANARY-" + UUID().uuidString
    try canaryText.write(toFile: canaryPath, atomically: true, encoding: .utf8)
    copies.secrets.append(canaryText)
    let firstLine = (try? String(contentsOfFile: localSecretPath, encoding: .utf8))?.split(separator: "\n").first.map(String.init)
    if let firstLine, firstLine.count >= 8 {
      copies.secrets.append(firstLine)
    } else {
      print("note: \(localSecretPath) is missing or too short to search for; only the canary is checked")
    }
    for file in entityAttacks {
      let archive = try Archive(data: try Data(contentsOf: URL(fileURLWithPath: path(file))), accessMode: .read)
      var parts: [String: Data] = [:]
      for entry in archive {
        var data = Data()
        _ = try archive.extract(entry) { data.append($0) }
        if var text = String(data: data, encoding: .utf8) {
          if text.contains(fixedCanaryPath) {
            text = text.replacingOccurrences(of: fixedCanaryPath, with: canaryPath)
            copies.pointingAtCanary.append(file)
          }
          if text.contains(fixedURL) {
            text = text.replacingOccurrences(of: fixedURL, with: "http://127.0.0.1:\(port)")
            copies.pointingAtURL.append(file)
          }
          data = Data(text.utf8)
        }
        parts[entry.path] = data
      }
      copies.paths.append(try folder.write(file, try TestDocx.zip(parts)))
    }
    return copies
  }
}

@Suite("Hostile corpus")
struct HostileCorpusTests {
  static let linter: Linter? = try? TestSupport.linter()

  @Test func everyInputHasASidecarAndStaysSmall() throws {
    #expect(HostileCorpus.files.count >= 30)
    for file in HostileCorpus.files {
      #expect(HostileCorpus.expectation(file) != nil, "\(file) has no .error sidecar")
      let size = try FileManager.default.attributesOfItem(atPath: HostileCorpus.path(file))[.size] as? Int ?? .max
      #expect(size < 200 * 1024, "\(file) is \(size) bytes")
    }
    let sidecars = try FileManager.default.subpathsOfDirectory(atPath: HostileCorpus.folder).filter { $0.hasSuffix(".error") }
    for sidecar in sidecars {
      #expect(HostileCorpus.files.contains(String(sidecar.dropLast(".error".count))), "\(sidecar) has no input")
    }
  }

  /// Each input through the library's entry point for one file (`Linter.lint(file:)`).
  @Test(arguments: HostileCorpus.files)
  func inputGivesItsExpectedResult(_ file: String) throws {
    let linter = try #require(Self.linter)
    let expected = try #require(HostileCorpus.expectation(file))
    let path = HostileCorpus.path(file)
    let report = linter.lint(file: path)
    switch expected {
    case .error(let code):
      let error = try #require(report.error, "\(file) was read; expected \(code)")
      #expect(error.code == code, "\(file): \(error.message.en)")
      #expect(error.path == path)
      #expect(error.message.vi.contains(path) && error.message.en.contains(path))
      #expect(report.findings.isEmpty)
    case .readable(let rules):
      #expect(report.error == nil, "\(file): \(report.error?.message.en ?? "")")
      #expect(Array(Set(report.findings.map(\.ruleID))).sorted() == rules)
      #expect(!report.verdicts.isEmpty)
    }
  }

  @Test(arguments: ["utf16le-bom.md", "utf16be-bom.md"])
  func utf16WithByteOrderMarkReadsAsTheUTF8Plan(_ file: String) throws {
    let utf16 = try DocumentLoader().load(HostileCorpus.path(file))
    let utf8 = try DocumentLoader().load(TestSupport.fixturesDirectory + "/markdown/good/ke-hoach-nam-2021.md")
    #expect(utf16.blocks.map(\.displayText) == utf8.blocks.map(\.displayText))
    #expect(utf16.blocks.map(\.location.line) == utf8.blocks.map(\.location.line))
    #expect(utf16.legacyEncoding == nil)
  }

  /// No error, message, model or report built from an XXE fixture holds what the entity points
  /// at: every report format (what `check --format` writes), and the loader's errors (what
  /// `outline` and `citations` print for these files).
  @Test func externalEntitiesNeverLeakTheLocalFile() throws {
    let folder = try HostileScratch.folder()
    defer { folder.remove() }
    let copies = try HostileCorpus.entityAttackCopies(in: folder, port: 9)
    #expect(HostileCorpus.entityAttacks.count >= 7)
    #expect(copies.pointingAtCanary == ["xxe-after-long-comment.docx", "xxe-numbering.docx"])
    let secrets = copies.secrets
    for path in copies.paths {
      let file = (path as NSString).lastPathComponent
      let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
      var outputs: [String] = []
      do {
        let document = try DocumentLoader().read(bytes, path: path)
        outputs.append(document.blocks.map(\.text).joined(separator: "\n"))
        Issue.record("\(file) was read")
      } catch {
        outputs += [String(describing: error), error.message.vi, error.message.en]
      }
      let report = try #require(Self.linter).lint(file: path)
      #expect(report.error?.code == "malformed-xml", "\(file)")
      outputs.append(String(describing: report))
      for output in outputs {
        for secret in secrets { #expect(!output.contains(secret), "\(file) leaked \(secret)") }
      }
    }
    var request = LintRequest(paths: copies.paths, rulesDirectory: TestSupport.rulesDirectory)
    request.configFile = try HostileScratch.emptyConfiguration(in: folder)
    let batch = try LintSession.run(request)
    #expect(batch.files.count == copies.paths.count)
    #expect(batch.files.allSatisfy { $0.error?.code == "malformed-xml" })
    #expect(batch.exitStatus == 2)
    for format in ReportFormat.allCases {
      for summary in format.hasScoreboard ? [false, true] : [false] {
        for language in [Language.vi, .en] {
          let rendered = format.reporter(summary: summary).render(batch, options: ReportOptions(language: language))
          #expect(!rendered.isEmpty)
          for secret in secrets { #expect(!rendered.contains(secret), "\(format) (summary: \(summary)) holds \(secret)") }
        }
      }
    }
  }

  /// The URL fixtures, rewritten to name a port this test listens on (one the system chose, so
  /// two runs at once never share it): nothing connects.
  @Test func documentTypesNamingAURLNeverConnect() throws {
    let urlFixtures = HostileCorpus.entityAttacks.filter { $0.contains("url") }
    #expect(urlFixtures.count == 3)
    let listener = try #require(LocalListener(), "no local TCP socket could be opened")
    let folder = try HostileScratch.folder()
    defer { folder.remove() }
    let copies = try HostileCorpus.entityAttackCopies(in: folder, port: listener.port)
    #expect(copies.pointingAtURL == urlFixtures)
    for path in copies.paths where urlFixtures.contains((path as NSString).lastPathComponent) {
      let report = try #require(Self.linter).lint(file: path)
      #expect(report.error?.code == "malformed-xml")
    }
    #expect(!listener.hasPendingConnection(), "something connected to port \(listener.port)")
  }

  @Test func inputsAreByteIdenticalAfterLinting() throws {
    let linter = try #require(Self.linter)
    func hashes() throws -> [String: String] {
      var result: [String: String] = [:]
      for file in HostileCorpus.files {
        result[file] = SHA256.hex([UInt8](try Data(contentsOf: URL(fileURLWithPath: HostileCorpus.path(file)))))
      }
      return result
    }
    let before = try hashes()
    for file in HostileCorpus.files { _ = linter.lint(file: HostileCorpus.path(file)) }
    let scratch = try HostileScratch.folder()
    defer { scratch.remove() }
    var request = LintRequest(paths: [HostileCorpus.folder], rulesDirectory: TestSupport.rulesDirectory)
    request.configFile = try HostileScratch.emptyConfiguration(in: scratch)
    request.jobs = 2
    _ = try LintSession.run(request)
    #expect(try hashes() == before)
  }
}

/// What git cannot hold (or not small), made in a temporary folder.
@Suite("Hostile inputs made at test time")
struct HostileScratchTests {
  static let goodPlan = TestSupport.fixturesDirectory + "/markdown/good/ke-hoach-nam-2021.md"

  /// Checks `paths` with an empty configuration written in `scratch`.
  static func run(_ paths: [String], jobs: Int = 1, scratch: TemporaryFolder) throws -> LintReport {
    var request = LintRequest(paths: paths, rulesDirectory: TestSupport.rulesDirectory)
    request.configFile = try HostileScratch.emptyConfiguration(in: scratch)
    request.jobs = jobs
    return try LintSession.run(request)
  }

  static func isFullyChecked(_ report: FileReport) -> Bool {
    report.error == nil && report.profileID != nil && !report.verdicts.isEmpty
  }

  @Test func folderNamedLikeAPlanIsADirectoryError() throws {
    let scratch = try HostileScratch.folder()
    defer { scratch.remove() }
    let folder = scratch.path
    let directory = folder + "/x.docx"
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: false)
    #expect(throws: KeHoachLintError.isDirectory(path: directory)) { try DocumentLoader().load(directory) }
    let report = try Self.run([directory, Self.goodPlan], scratch: scratch)
    #expect(report.files.map(\.path) == [directory, Self.goodPlan])
    #expect(report.files.first?.error == .isDirectory(path: directory))
    #expect(report.files.last.map(Self.isFullyChecked) == true)
    #expect(report.exitStatus == 2)
  }

  @Test(arguments: [1, 2])
  func symbolicLinkLoopsInAFolderEndAndAreReported(jobs: Int) throws {
    let scratch = try HostileScratch.folder()
    defer { scratch.remove() }
    let folder = scratch.path
    let manager = FileManager.default
    try manager.copyItem(atPath: Self.goodPlan, toPath: folder + "/tot.md")
    try manager.createDirectory(atPath: folder + "/con", withIntermediateDirectories: false)
    try manager.createSymbolicLink(atPath: folder + "/con/len", withDestinationPath: "..")
    try manager.createSymbolicLink(atPath: folder + "/vong.md", withDestinationPath: "vong.md")
    try manager.createSymbolicLink(atPath: folder + "/a.md", withDestinationPath: "b.md")
    try manager.createSymbolicLink(atPath: folder + "/b.md", withDestinationPath: "a.md")
    try manager.createSymbolicLink(atPath: folder + "/thu-muc-1", withDestinationPath: "thu-muc-2")
    try manager.createSymbolicLink(atPath: folder + "/thu-muc-2", withDestinationPath: "thu-muc-1")
    let report = try Self.run([folder], jobs: jobs, scratch: scratch)
    let byName = Dictionary(report.files.map { (($0.path as NSString).lastPathComponent, $0) }) { first, _ in first }
    #expect(report.files.count == 4, "\(report.files.map(\.path))")
    for name in ["a.md", "b.md", "vong.md"] {
      let error = byName[name]?.error
      #expect(
        error == .unreadable(path: folder + "/" + name, reason: Messages.Input.symbolicLinkLoop), "\(name): \(String(describing: error))")
    }
    #expect(byName["tot.md"].map(Self.isFullyChecked) == true)
    #expect(report.exitStatus == 2)
  }

  /// The batch's file list is made first (as `LintSession` does), then one file is deleted
  /// before it is read: it is reported, and every other file is still fully checked.
  @Test(arguments: [1, 2])
  func fileDeletedAfterTheListIsMadeIsReported(jobs: Int) throws {
    let scratch = try HostileScratch.folder()
    defer { scratch.remove() }
    let folder = scratch.path
    for name in ["1-dau.md", "2-mat.md", "3-cuoi.md"] {
      try FileManager.default.copyItem(atPath: Self.goodPlan, toPath: folder + "/" + name)
    }
    let listed = InputFiles.expandMarkingWalked([folder]).map(\.path)
    #expect(listed.count == 3)
    try FileManager.default.removeItem(atPath: folder + "/2-mat.md")
    let report = try Self.run(listed, jobs: jobs, scratch: scratch)
    #expect(report.files.map(\.path) == listed)
    #expect(report.files[1].error == .fileNotFound(path: folder + "/2-mat.md"))
    #expect(Self.isFullyChecked(report.files[0]) && Self.isFullyChecked(report.files[2]))
    #expect(report.exitStatus == 2)
  }

  /// A named pipe would block `open` forever and a device never ends: neither is read.
  @Test func pipesAndDevicesAreReportedNotRead() throws {
    let scratch = try HostileScratch.folder()
    defer { scratch.remove() }
    let folder = scratch.path
    try FileManager.default.copyItem(atPath: Self.goodPlan, toPath: folder + "/tot.md")
    #expect(mkfifo(folder + "/ong.md", 0o644) == 0)
    var paths = [folder]
    if FileManager.default.fileExists(atPath: "/dev/zero") { paths.append("/dev/zero") }
    let report = try Self.run(paths, scratch: scratch)
    #expect(report.files.map(\.path) == [folder + "/ong.md", folder + "/tot.md"] + paths.dropFirst())
    let notRegular = Messages.Input.notRegularFile
    #expect(report.files[0].error == .unreadable(path: folder + "/ong.md", reason: notRegular))
    #expect(Self.isFullyChecked(report.files[1]))
    if paths.count == 2 { #expect(report.files[2].error == .unreadable(path: "/dev/zero", reason: notRegular)) }
  }

  /// As root, permissions do not stop reading; the CLI tests cover that case as `nobody`.
  @Test(.enabled(if: getuid() != 0, "root reads any file; HostileBatchCLITests runs the CLI as nobody instead"))
  func unreadableFileIsReported() throws {
    let scratch = try HostileScratch.folder()
    defer { scratch.remove() }
    let folder = scratch.path
    let path = folder + "/khoa.md"
    try FileManager.default.copyItem(atPath: Self.goodPlan, toPath: path)
    try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: path)
    defer { try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path) }
    #expect(throws: KeHoachLintError.unreadable(path: path, reason: Messages.Input.permissionDenied)) { try DocumentLoader().load(path) }
  }

  @Test func fileOverTheSizeLimitIsRefusedUnread() throws {
    let scratch = try HostileScratch.folder()
    defer { scratch.remove() }
    let path = scratch.file("lon.docx")
    #expect(FileManager.default.createFile(atPath: path, contents: Data("PK\u{3}\u{4}".utf8)))
    let handle = try #require(FileHandle(forWritingAtPath: path))
    try handle.truncate(atOffset: UInt64(DocumentLoader().maximumFileSize) + 1)  // sparse: no disk used
    try handle.close()
    let error = #expect(throws: KeHoachLintError.self) { try DocumentLoader().load(path) }
    #expect(error?.code == "limit-exceeded")
    #expect(error?.path == path)
  }

  /// A real archive over the 10,000-entry limit is 470 KB, too big to commit.
  @Test func zipWithMoreEntriesThanTheLimitIsRefused() throws {
    let limit = DocxLimits().maximumEntryCount
    let scratch = try HostileScratch.folder()
    defer { scratch.remove() }
    let path = scratch.file("nhieu-muc.docx")
    try Data(HostileScratch.storedZip(entryCount: limit + 1)).write(to: URL(fileURLWithPath: path))
    let error = #expect(throws: KeHoachLintError.self) { try DocumentLoader().load(path) }
    #expect(error == .limitExceeded(path: path, limit: Messages.Input.zipDeclaresEntries(limit + 1, over: limit)))
    let underLimit = try HostileScratch.storedZip(entryCount: 50)
    let smaller = #expect(throws: KeHoachLintError.self) { try DocxReader().read(bytes: underLimit, file: "it.docx") }
    #expect(smaller?.code == "not-word")
  }
}

enum HostileScratch {
  /// A fresh temporary folder; `defer { folder.remove() }` right after making it.
  static func folder() throws -> TemporaryFolder { try TemporaryFolder("kehoach-lint-hostile") }

  /// An empty configuration file in `folder`, so no `.kehoach-lint.yml` above the inputs applies.
  static func emptyConfiguration(in folder: TemporaryFolder) throws -> String {
    let path = folder.file(".kehoach-lint.yml")
    try "{}\n".write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  /// A stored (uncompressed) ZIP of `entryCount` empty entries, each with its own headers.
  static func storedZip(entryCount: Int) throws -> [UInt8] {
    var local: [UInt8] = []
    var central: [UInt8] = []
    func append16(_ value: Int, to bytes: inout [UInt8]) { bytes += [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF)] }
    func append32(_ value: Int, to bytes: inout [UInt8]) {
      append16(value & 0xFFFF, to: &bytes)
      append16(value >> 16 & 0xFFFF, to: &bytes)
    }
    for index in 0..<entryCount {
      let name = Array(String(format: "m/%05d", index).utf8)
      let offset = local.count
      append32(0x0403_4B50, to: &local)
      for value in [20, 0, 0, 0, 0x21] { append16(value, to: &local) }
      for _ in 0..<3 { append32(0, to: &local) }
      append16(name.count, to: &local)
      append16(0, to: &local)
      local += name
      append32(0x0201_4B50, to: &central)
      for value in [20, 20, 0, 0, 0, 0x21] { append16(value, to: &central) }
      for _ in 0..<3 { append32(0, to: &central) }
      for value in [name.count, 0, 0, 0, 0] { append16(value, to: &central) }
      append32(0, to: &central)
      append32(offset, to: &central)
      central += name
    }
    var end: [UInt8] = []
    append32(0x0605_4B50, to: &end)
    for value in [0, 0, entryCount, entryCount] { append16(value, to: &end) }
    append32(central.count, to: &end)
    append32(local.count, to: &end)
    append16(0, to: &end)
    return local + central + end
  }
}

/// A TCP socket listening on 127.0.0.1, on a port the system chooses, to see whether anything
/// connected.
final class LocalListener {
  private let socketFD: Int32
  let port: UInt16

  init?() {
    let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard descriptor >= 0 else { return nil }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = 0
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    let bound = withUnsafePointer(to: &address) { pointer in
      pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
    }
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let named = withUnsafeMutablePointer(to: &address) { pointer in
      pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
    }
    guard bound == 0, named == 0, listen(descriptor, 8) == 0, fcntl(descriptor, F_SETFL, O_NONBLOCK) == 0 else {
      close(descriptor)
      return nil
    }
    socketFD = descriptor
    port = UInt16(bigEndian: address.sin_port)
  }

  deinit { close(socketFD) }

  /// Whether a connection is waiting to be accepted (the socket never blocks).
  func hasPendingConnection() -> Bool {
    let client = accept(socketFD, nil, nil)
    guard client >= 0 else { return false }
    close(client)
    return true
  }
}
