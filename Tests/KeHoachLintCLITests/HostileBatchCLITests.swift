import Foundation
import Testing
import ZIPFoundation

#if canImport(Glibc)
  import Glibc
#endif

/// The hostile corpus (Fixtures/hostile/) through the built binary: one batch, every file
/// reported with its own code, the good plan beside them fully checked, exit status 2.
@Suite struct HostileBatchCLITests {
  static let hostile = CLI.repositoryRoot + "/Fixtures/hostile"
  static let goodPlan = "Fixtures/markdown/good/ke-hoach-nam-2021.md"

  /// Each input of the corpus (relative path) and its sidecar's words.
  static func corpus() throws -> [String: [String]] {
    var result: [String: [String]] = [:]
    for sidecar in try FileManager.default.subpathsOfDirectory(atPath: hostile) where sidecar.hasSuffix(".error") {
      let text = try String(contentsOfFile: hostile + "/" + sidecar, encoding: .utf8)
      result[String(sidecar.dropLast(".error".count))] = text.split(whereSeparator: \.isWhitespace).map(String.init)
    }
    return result
  }

  /// An empty configuration in `folder`: the repository's Fixtures/.kehoach-lint.yml excludes
  /// the hostile folder.
  static func emptyConfiguration(in folder: TemporaryFolder) throws -> String {
    try folder.write("kehoach-lint.yml", Data("{}\n".utf8))
  }

  /// The XXE and DOCTYPE fixtures copied into `folder`. The fixtures point at a fixed canary
  /// path (/tmp/kehoach-lint-xxe-canary.txt), which two runs at once would share: in the copies
  /// it is a canary written in `folder`. Returns the copies and the canary's text.
  static func entityAttackCopies(in folder: TemporaryFolder) throws -> (paths: [String], canary: String) {
    let fixedCanaryPath = "/tmp/kehoach-lint-xxe-canary.txt"
    let canary = "KEHOACH-XXE-CANARY-" + UUID().uuidString
    let canaryPath = try folder.write("canary.txt", Data(canary.utf8))
    var paths: [String] = []
    var rewritten = 0
    let attacks = try corpus().keys.filter { $0.hasPrefix("xxe-") || $0.hasPrefix("doctype-") }.sorted()
    for name in attacks {
      let source = try Archive(data: try Data(contentsOf: URL(fileURLWithPath: hostile + "/" + name)), accessMode: .read)
      let copy = try Archive(accessMode: .create)
      for entry in source {
        var data = Data()
        _ = try source.extract(entry) { data.append($0) }
        if let text = String(data: data, encoding: .utf8), text.contains(fixedCanaryPath) {
          data = Data(text.replacingOccurrences(of: fixedCanaryPath, with: canaryPath).utf8)
          rewritten += 1
        }
        try copy.addEntry(
          with: entry.path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate,
          provider: { position, size in data.subdata(in: Int(position)..<Int(position) + size) })
      }
      paths.append(try folder.write(name, copy.data ?? Data()))
    }
    #expect(attacks.count >= 7)
    #expect(rewritten == 2, "the fixtures pointing at the canary changed")
    return (paths, canary)
  }

  static func reportedFiles(_ stdout: String) throws -> [[String: Any]] {
    let object = try #require(try JSONSerialization.jsonObject(with: Data(stdout.utf8)) as? [String: Any])
    return try #require(object["files"] as? [[String: Any]])
  }

  static func errorCode(_ file: [String: Any]) -> String? { (file["error"] as? [String: Any])?["code"] as? String }

  static func isFullyChecked(_ file: [String: Any]) -> Bool {
    guard errorCode(file) == nil, file["profile"] != nil, let coverage = file["coverage"] as? [String: Int] else { return false }
    return (coverage["applicable"] ?? 0) > 0
  }

  @Test func wholeFolderAndAGoodPlanInOneBatch() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let corpus = try Self.corpus()
    #expect(corpus.count >= 30)
    // Folders are walked for .md and .docx; the .doc is named explicitly, as a user would.
    let notWalked = corpus.keys.filter { !["md", "docx"].contains(($0 as NSString).pathExtension) }.sorted()
    #expect(notWalked == ["legacy-word.doc"])
    let arguments =
      ["check", "--config", try Self.emptyConfiguration(in: folder), "--format", "json", Self.hostile]
      + notWalked.map { Self.hostile + "/" + $0 } + [Self.goodPlan]
    let result = try CLI.run(arguments)
    #expect(result.status == 2, "\(result.stderr)")
    let files = try Self.reportedFiles(result.stdout)
    for (relative, expected) in corpus {
      let entries = files.filter { $0["path"] as? String == Self.hostile + "/" + relative }
      #expect(entries.count == 1, "\(relative) reported \(entries.count) times")
      guard let entry = entries.first else { continue }
      if expected.first == "readable" {
        #expect(Self.errorCode(entry) == nil, "\(relative): \(entry["error"] ?? "")")
        let rules = Set(((entry["findings"] as? [[String: Any]]) ?? []).compactMap { $0["ruleId"] as? String })
        #expect(rules.sorted() == Array(expected.dropFirst()), "\(relative)")
      } else {
        #expect(Self.errorCode(entry) == expected.first, "\(relative): \(entry["error"] ?? "no error")")
        let message = (entry["error"] as? [String: Any])?["message"] as? String ?? ""
        #expect(message.contains(Self.hostile + "/" + relative))
      }
    }
    let good = try #require(files.last)
    #expect(good["path"] as? String == Self.goodPlan)
    #expect(Self.isFullyChecked(good))
    #expect((good["findings"] as? [[String: Any]])?.isEmpty == true)
    let coverage = try #require(good["coverage"] as? [String: Int])
    #expect(coverage["met"] == coverage["applicable"])
    // Nothing else was checked but the corpus's own README (a Markdown file in the folder).
    let known = Set(corpus.keys.map { Self.hostile + "/" + $0 } + [Self.goodPlan, Self.hostile + "/README.md"])
    #expect(Set(files.compactMap { $0["path"] as? String }) == known)
  }

  /// No report the command writes (standard output, standard error, report files) carries what
  /// the XXE fixtures' entities point at. One launch; every format's rendering, and the errors
  /// `outline` and `citations` print, are tested through the library
  /// (HostileCorpusTests.externalEntitiesNeverLeakTheLocalFile).
  @Test func externalEntitiesNeverLeakIntoAnyReport() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let (paths, canary) = try Self.entityAttackCopies(in: folder)
    var secrets = [canary]
    // xxe-document.docx points at /etc/passwd: its first line ("root:x:0:0:…") must appear nowhere.
    if let firstLine = try? String(contentsOfFile: "/etc/passwd", encoding: .utf8).split(separator: "\n").first, firstLine.count >= 8 {
      secrets.append(String(firstLine))
    } else {
      print("note: /etc/passwd is missing or too short to search for; only the canary is checked")
    }
    let out = folder.path
    let formats = ["sarif", "html", "junit", "csv", "markdown"].flatMap { ["--format", "\($0):\(out)/report.\($0)"] }
    var outputs: [String] = []
    let check = try CLI.run(["check", "--config", try Self.emptyConfiguration(in: folder), "--format", "json"] + formats + paths)
    #expect(check.status == 2)
    #expect(try Self.reportedFiles(check.stdout).allSatisfy { Self.errorCode($0) == "malformed-xml" })
    outputs += [check.stdout, check.stderr]
    for format in ["sarif", "html", "junit", "csv", "markdown"] {
      outputs.append(try String(contentsOfFile: "\(out)/report.\(format)", encoding: .utf8))
    }
    for output in outputs {
      for secret in secrets { #expect(!output.contains(secret), "a report holds \(secret)") }
    }
  }

  /// A folder named `x.docx`, symbolic-link loops and a file the user may not read, with a good
  /// plan: each reported with its code, the plan fully checked.
  @Test func inputsMadeAtTestTime() throws {
    let scratch = try TemporaryFolder()
    defer { scratch.remove() }
    let folder = scratch.path
    let manager = FileManager.default
    try manager.createDirectory(atPath: folder + "/x.docx", withIntermediateDirectories: false)
    try manager.createDirectory(atPath: folder + "/du-thao", withIntermediateDirectories: false)
    try manager.copyItem(atPath: CLI.repositoryRoot + "/" + Self.goodPlan, toPath: folder + "/du-thao/tot.md")
    try manager.createSymbolicLink(atPath: folder + "/du-thao/vong.md", withDestinationPath: "vong.md")
    try manager.createSymbolicLink(atPath: folder + "/du-thao/len", withDestinationPath: ".")
    let locked = folder + "/du-thao/khoa.md"
    try manager.copyItem(atPath: CLI.repositoryRoot + "/" + Self.goodPlan, toPath: locked)
    try manager.setAttributes([.posixPermissions: 0], ofItemAtPath: locked)
    defer { try? manager.setAttributes([.posixPermissions: 0o644], ofItemAtPath: locked) }
    let config = try Self.emptyConfiguration(in: scratch)
    let arguments = ["check", "--config", config, "--format", "json", folder + "/x.docx", folder + "/du-thao"]

    let result: CLI.Result
    let canTestPermissions: Bool
    if getuid() != 0 {
      result = try CLI.run(arguments)
      canTestPermissions = true
    } else if Unprivileged.isAvailable {
      // Root reads any file: run the CLI as nobody, for whom chmod 000 means something.
      result = try Unprivileged.run([CLI.binary] + arguments)
      canTestPermissions = true
    } else {
      print("note: running as root without setpriv; the unreadable-file case is not checked")
      result = try CLI.run(arguments)
      canTestPermissions = false
    }
    #expect(result.status == 2, "\(result.stderr)")
    let files = try Self.reportedFiles(result.stdout)
    let byName = Dictionary(files.map { ((($0["path"] as? String ?? "") as NSString).lastPathComponent, $0) }) { first, _ in first }
    #expect(files.count == 4, "\(files.map { $0["path"] ?? "" })")
    #expect(byName["x.docx"].flatMap(Self.errorCode) == "is-directory")
    #expect(byName["vong.md"].flatMap(Self.errorCode) == "unreadable")
    #expect(((byName["vong.md"]?["error"] as? [String: Any])?["message"] as? String)?.contains("vòng lặp liên kết tượng trưng") == true)
    if canTestPermissions {
      #expect(byName["khoa.md"].flatMap(Self.errorCode) == "unreadable")
      #expect(((byName["khoa.md"]?["error"] as? [String: Any])?["message"] as? String)?.contains(locked) == true)
    }
    #expect(byName["tot.md"].map(Self.isFullyChecked) == true)
  }
}

/// Runs a command as `nobody` with `setpriv` (util-linux), when root can.
enum Unprivileged {
  static let setpriv = "/usr/bin/setpriv"
  static let arguments = ["--reuid=65534", "--regid=65534", "--clear-groups"]

  static let isAvailable: Bool = {
    guard getuid() == 0, FileManager.default.isExecutableFile(atPath: setpriv) else { return false }
    return (try? run(["/bin/true"]).status) == 0
  }()

  static func run(_ command: [String]) throws -> CLI.Result { try CLI.execute(setpriv, arguments + command) }
}
