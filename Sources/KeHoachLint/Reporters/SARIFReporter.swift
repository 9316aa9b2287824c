import Foundation

/// SARIF 2.1.0 for GitHub code scanning and other SARIF viewers. Markdown findings carry a
/// line and column (in Unicode code points, `columnKind`); Word findings name the file and a
/// logical location (heading path and paragraph), since a .docx has no lines. Fingerprints
/// are the baseline's (rule, section path, message), so alerts survive edits that move text.
public struct SARIFReporter: Reporter {
  /// The `partialFingerprints` key; bump the version if the fingerprint ever changes.
  public static let fingerprintKey = "kehoachLintFingerprint/v1"

  public init() {}

  public func render(_ report: LintReport, options: ReportOptions) -> String {
    let rules = SARIFRules(report: report, language: options.language)
    let locator = SARIFLocator(baseDirectory: options.baseDirectory)
    let artifacts = report.files.enumerated().map { index, file in
      SARIF.Artifact(
        location: locator.location(file.path, index: index), hashes: file.sha256.map { ["sha-256": $0] },
        mimeType: file.format.map(Self.mimeType))
    }
    var results: [SARIF.Result] = []
    for (index, file) in report.files.enumerated() {
      var seen: [String: Int] = [:]
      for finding in file.findings {
        let fingerprint = Baseline.fingerprint(finding)
        seen[fingerprint, default: 0] += 1
        let occurrence = seen[fingerprint, default: 1]
        results.append(
          result(
            finding, ruleIndex: rules.index(of: finding.ruleID), artifact: locator.location(file.path, index: index),
            fingerprint: occurrence == 1 ? fingerprint : "\(fingerprint):\(occurrence)", options: options))
      }
    }
    let notifications = report.files.enumerated().compactMap { index, file -> SARIF.Notification? in
      guard let error = file.error else { return nil }
      return SARIF.Notification(
        level: "error", message: SARIF.Message(text: options.text(error.message)), descriptor: SARIF.DescriptorReference(id: error.code),
        locations: [
          SARIF.Location(
            physicalLocation: .init(artifactLocation: locator.location(file.path, index: index), region: nil), logicalLocations: nil)
        ])
    }
    let invocation = SARIF.Invocation(
      executionSuccessful: !report.hasInputErrors, endTimeUtc: options.generatedAt.map(ReportFormatting.iso8601),
      toolExecutionNotifications: notifications.isEmpty ? nil : notifications)
    let driver = SARIF.Driver(
      name: "kehoach-lint", version: options.toolVersion, semanticVersion: options.toolVersion, language: options.language.rawValue,
      rules: rules.descriptors)
    let run = SARIF.Run(
      tool: SARIF.Tool(driver: driver), invocations: [invocation], artifacts: artifacts, results: results,
      originalUriBaseIds: locator.baseURI.map { [SARIF.sourceRoot: SARIF.ArtifactLocation(uri: $0, uriBaseId: nil, index: nil)] })
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(SARIF.Log(runs: [run])) else { return "{}\n" }
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  private func result(
    _ finding: Finding, ruleIndex: Int, artifact: SARIF.ArtifactLocation, fingerprint: String, options: ReportOptions
  ) -> SARIF.Result {
    var region: SARIF.Region?
    if let line = finding.location.line {
      region = SARIF.Region(startLine: line, startColumn: Self.codePointColumn(finding))
    }
    let logical = Self.logicalLocation(finding, language: options.language).map { [$0] }
    var properties = SARIF.ResultProperties(
      headingPath: finding.headingPath.isEmpty ? nil : finding.headingPath, quote: finding.quote,
      fixHint: finding.fixHint.map(options.text))
    let textFix = Self.fix(finding, artifact: artifact, language: options.language)
    if textFix == nil, let replacements = finding.fix?.replacements, replacements.contains(where: { $0.paragraph != nil }) {
      properties.wordFix = replacements
    }
    properties.pageSetupFix = finding.fix?.pageSetup
    let hasProperties =
      properties.headingPath != nil || properties.quote != nil || properties.fixHint != nil || properties.wordFix != nil
      || properties.pageSetupFix != nil
    var result = SARIF.Result(
      ruleId: finding.ruleID, ruleIndex: ruleIndex, level: SARIF.level(finding.severity),
      message: SARIF.Message(text: options.text(finding.message)),
      locations: [SARIF.Location(physicalLocation: .init(artifactLocation: artifact, region: region), logicalLocations: logical)],
      partialFingerprints: [Self.fingerprintKey: fingerprint],
      properties: hasProperties ? properties : nil)
    result.fixes = textFix.map { [$0] }
    if let waiver = finding.waiver {
      let place = waiver.configurationFile.map { $0 + (waiver.line.map { ":\($0)" } ?? "") }
      result.suppressions = [
        SARIF.Suppression(
          kind: "external", status: "accepted", justification: waiver.reason,
          properties: SARIF.SuppressionProperties(approvedBy: waiver.approvedBy, expires: waiver.expires?.description, configuration: place)
        )
      ]
    }
    return result
  }

  /// A Markdown finding's fix: each replacement's region, in code points like every region.
  static func fix(_ finding: Finding, artifact: SARIF.ArtifactLocation, language: Language) -> SARIF.Fix? {
    guard let replacements = finding.fix?.replacements, !replacements.isEmpty else { return nil }
    var changes: [SARIF.Replacement] = []
    for replacement in replacements {
      guard let line = replacement.line, let column = replacement.column, let endLine = replacement.endLine,
        let endColumn = replacement.endColumn
      else { return nil }
      // The finding's own line converts characters into code points; other lines of a fix
      // (later labels of a renumbering) start with ASCII markers, where the two agree.
      let convert = { (row: Int, column: Int) -> Int in
        guard row == finding.location.line, let text = finding.sourceLine else { return column }
        return text.prefix(max(column - 1, 0)).unicodeScalars.count + 1
      }
      let region = SARIF.Region(
        startLine: line, startColumn: convert(line, column), endLine: endLine, endColumn: convert(endLine, endColumn))
      changes.append(SARIF.Replacement(deletedRegion: region, insertedContent: SARIF.ArtifactContent(text: replacement.newText)))
    }
    let description = Messages.Fix.sarifDescription(replacements).text(in: language)
    return SARIF.Fix(
      description: SARIF.Message(text: description),
      artifactChanges: [SARIF.ArtifactChange(artifactLocation: artifact, replacements: changes)])
  }

  /// Our columns count characters; SARIF's `unicodeCodePoints` counts scalars, which differ
  /// for decomposed (NFD) Vietnamese. The quoted source line converts one into the other.
  static func codePointColumn(_ finding: Finding) -> Int? {
    guard let column = finding.location.column else { return nil }
    guard let line = finding.sourceLine else { return column }
    return line.prefix(max(column - 1, 0)).unicodeScalars.count + 1
  }

  /// The section path, ending in the paragraph (and table cell) for Word documents.
  static func logicalLocation(_ finding: Finding, language: Language) -> SARIF.LogicalLocation? {
    var path = finding.headingPath
    var kind = "section"
    if finding.location.line == nil, finding.location.paragraph != nil || finding.location.cell != nil {
      path.append(ReportFormatting.shortPosition(finding.location, language: language))
      kind = finding.location.cell == nil ? "paragraph" : "tableCell"
    }
    guard let name = path.last else { return nil }
    return SARIF.LogicalLocation(name: name, fullyQualifiedName: path.joined(separator: " › "), kind: kind)
  }

  static func mimeType(_ format: PlanDocument.Format) -> String {
    switch format {
    case .markdown: "text/markdown"
    case .docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    case .wordXML: "application/xml"
    }
  }
}

/// Artifact URIs: relative to the source root where possible (GitHub matches alerts to files
/// by repository-relative path), else an absolute `file:` URI.
struct SARIFLocator {
  let baseDirectory: String?

  /// `file:///…/` for `originalUriBaseIds`.
  var baseURI: String? {
    guard let baseDirectory else { return nil }
    let folder = baseDirectory.hasSuffix("/") ? baseDirectory : baseDirectory + "/"
    return "file://" + Markup.uriPath(folder)
  }

  func location(_ path: String, index: Int) -> SARIF.ArtifactLocation {
    var relative = path
    while relative.hasPrefix("./") { relative.removeFirst(2) }
    if relative.hasPrefix("/") {
      let folder = baseDirectory.map { $0.hasSuffix("/") ? $0 : $0 + "/" }
      guard let folder, relative.hasPrefix(folder) else {
        return SARIF.ArtifactLocation(uri: "file://" + Markup.uriPath(relative), uriBaseId: nil, index: index)
      }
      relative.removeFirst(folder.count)
    }
    return SARIF.ArtifactLocation(uri: Markup.uriPath(relative), uriBaseId: SARIF.sourceRoot, index: index)
  }
}
