import Foundation
import Yams

/// Reads the legal catalog: every `*.yml` in `Rules/legal/`, each a `documents:` list. A user
/// adds a document by adding an entry; errors point to `file:line:column`.
public enum LegalCatalogLoader {
  /// The catalog's folder inside a rules folder.
  public static let folderName = "legal"
  /// The table of issuing-body codes beside the catalog (not a `documents:` file).
  static let issuerCodesFile = "issuer-codes.yml"

  struct IssuerCodesFile: Decodable {
    var issuerCodes: [IssuerCode]
    enum CodingKeys: String, CodingKey, CaseIterable { case issuerCodes = "issuer-codes" }
    init(from decoder: any Decoder) throws {
      let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
      issuerCodes = try container.decode([IssuerCode].self, forKey: .issuerCodes)
    }
  }

  /// The catalog under `rulesDirectory` (empty when the folder has none).
  public static func load(rulesDirectory: String) throws(KeHoachLintError) -> LegalCatalog {
    let folder = (rulesDirectory as NSString).appendingPathComponent(folderName)
    guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return LegalCatalog() }
    // Files are parsed side by side: the catalog is read at every start.
    let files = entries.sorted().filter { $0.hasSuffix(".yml") && $0 != issuerCodesFile }
      .map { (folder as NSString).appendingPathComponent($0) }
    let parsed = ParallelMap.map(files, jobs: ProcessInfo.processInfo.activeProcessorCount) { file in
      Result { () throws(KeHoachLintError) in try load(try YAMLSource(file: file)) }.map(CatalogFile.init)
    }
    var documents: [(LegalDocument, YAMLSource, Node)] = []
    for file in parsed { documents += try file.get().entries }
    try validate(documents)
    var catalog = LegalCatalog(documents: documents.map(\.0))
    if entries.contains(issuerCodesFile) {
      let source = try YAMLSource(file: (folder as NSString).appendingPathComponent(issuerCodesFile))
      catalog.issuerCodes = try source.decode(IssuerCodesFile.self).issuerCodes
    }
    return catalog
  }

  /// The entries of one catalog file.
  static func load(_ source: YAMLSource) throws(KeHoachLintError) -> [(LegalDocument, YAMLSource, Node)] {
    guard case .mapping(let mapping) = source.root else {
      throw source.error(at: source.root, Messages.FileProblem.expectedMapping(withList: "documents"))
    }
    for key in mapping.keys where key.string != "documents" {
      throw source.error(at: key, Messages.FileProblem.unknownKey(key.string ?? "?", valid: ["documents"]))
    }
    guard let list = mapping["documents"] else { return [] }
    guard case .sequence(let nodes) = list else {
      throw source.error(at: list, Messages.FileProblem.typeMismatch("documents", expected: .list))
    }
    var result: [(LegalDocument, YAMLSource, Node)] = []
    for node in nodes {
      let entry = try CatalogEntry(node, in: source)
      let origin = "\(source.file):\(node.mark?.line ?? 0)"
      result.append((try entry.document(origin: origin, source: source, node: node), source, node))
    }
    return result
  }

  /// Cross-entry checks: a number listed twice, a replacement that is not in the catalog.
  private static func validate(_ documents: [(LegalDocument, YAMLSource, Node)]) throws(KeHoachLintError) {
    var seen: [String: LegalDocument] = [:]
    for (document, source, node) in documents {
      for key in Set(document.numberKeys) {
        if let earlier = seen[key], !(earlier.reissued && document.reissued) {
          throw source.error(at: node["number"] ?? node, Messages.FileProblem.duplicateNumber(key, earlier: earlier.origin))
        }
        seen[key] = document
      }
    }
    for (document, source, node) in documents {
      guard let replacement = document.replacedBy else { continue }
      guard let key = DocumentNumber(parsing: replacement)?.key, seen[key] != nil else {
        throw source.error(at: node["replaced-by"] ?? node, Messages.FileProblem.unknownReplacement(replacement))
      }
    }
  }
}

/// One catalog file's entries, handed back from a parsing thread. `@unchecked Sendable`: the
/// parsed nodes are never changed (see `YAMLSource`).
private struct CatalogFile: @unchecked Sendable {
  let entries: [(LegalDocument, YAMLSource, Node)]
}

/// One `documents:` entry as written in YAML.
struct CatalogEntry {
  var number: String?
  var variants: [String]
  var names: [String]
  var type: String
  var issuer: String?
  var date: String?
  var year: Int?
  var title: String?
  var replacedBy: String?
  var replacedOn: String?
  var status: String?
  var reissued: Bool
  var verification: String
  var sources: [LegalDocument.Source]
  var notes: String?

  static let keys = [
    "number", "variants", "names", "type", "issuer", "date", "year", "title", "replaced-by", "replaced-on", "status", "reissued",
    "verification", "sources", "notes",
  ]

  /// Read from the node by hand: the catalog is read at every start, and `Decodable` cost
  /// more than all the rules of a small plan.
  init(_ node: Node, in source: YAMLSource) throws(KeHoachLintError) {
    let fields = try YAMLFields(node, in: source, allowed: Self.keys)
    number = try fields.string("number")
    variants = try fields.strings("variants")
    names = try fields.strings("names")
    type = try fields.requiredString("type")
    issuer = try fields.string("issuer")
    date = try fields.string("date")
    year = try fields.int("year")
    title = try fields.string("title")
    replacedBy = try fields.string("replaced-by")
    replacedOn = try fields.string("replaced-on")
    status = try fields.string("status")
    reissued = try fields.bool("reissued") ?? false
    verification = try fields.requiredString("verification")
    sources = try fields.mappings("sources", allowed: ["url", "shows"]).map { source throws(KeHoachLintError) in
      LegalDocument.Source(url: try source.requiredString("url"), shows: try source.string("shows"))
    }
    notes = try fields.string("notes")
  }

  /// The checked document; errors point at the offending key.
  func document(origin: String, source: YAMLSource, node: Node) throws(KeHoachLintError) -> LegalDocument {
    guard number != nil || !names.isEmpty else { throw source.error(at: node, Messages.FileProblem.documentNeedsNumberOrNames) }
    for written in [number].compactMap({ $0 }) + variants where DocumentNumber(parsing: written) == nil {
      throw source.error(at: node["number"] ?? node, Messages.FileProblem.notADocumentNumber(written))
    }
    guard let kind = DocumentType.parse(type) else {
      let valid = DocumentType.allCases.map(\.name)
      throw source.error(at: node["type"] ?? node, Messages.FileProblem.notOneOf(type, key: "type", allowed: valid))
    }
    let levels = LegalDocument.Verification.allCases.map(\.rawValue)
    guard let level = LegalDocument.Verification(rawValue: verification == "unverified" ? "false" : verification) else {
      throw source.error(
        at: node["verification"] ?? node, Messages.FileProblem.notOneOf(verification, key: "verification", allowed: levels))
    }
    return LegalDocument(
      number: number, variants: variants, names: names, type: kind, issuer: issuer,
      date: try Self.date(date, key: "date", source: source, node: node), year: year, title: title, replacedBy: replacedBy,
      replacedOn: try Self.date(replacedOn, key: "replaced-on", source: source, node: node), status: status,
      reissued: reissued, verification: level, sources: sources, notes: notes, origin: origin)
  }

  /// "10/04/2007" (day/month/year, as Vietnamese documents write it).
  private static func date(_ text: String?, key: String, source: YAMLSource, node: Node) throws(KeHoachLintError) -> CivilDate? {
    guard let text else { return nil }
    guard let date = CivilDate(dayMonthYear: text) else {
      throw source.error(at: node[key] ?? node, Messages.FileProblem.invalidValue(text, path: key, expected: .date))
    }
    return date
  }
}
