/// The part of SARIF 2.1.0 kehoach-lint writes (OASIS SARIF v2.1.0 errata 01). Optional
/// members are left out when nil, so the log stays small and validates against the schema.
enum SARIF {
  static let schema = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
  static let sourceRoot = "%SRCROOT%"

  struct Log: Encodable {
    let schema = SARIF.schema
    let version = "2.1.0"
    let runs: [Run]

    enum CodingKeys: String, CodingKey {
      case schema = "$schema", version, runs
    }
  }

  struct Run: Encodable {
    let tool: Tool
    let invocations: [Invocation]
    let artifacts: [Artifact]
    let results: [Result]
    let columnKind = "unicodeCodePoints"
    let originalUriBaseIds: [String: ArtifactLocation]?
  }

  struct Tool: Encodable {
    let driver: Driver
  }

  struct Driver: Encodable {
    let name: String
    let version: String
    let semanticVersion: String
    let language: String
    let rules: [ReportingDescriptor]
  }

  struct ReportingDescriptor: Encodable {
    let id: String
    let shortDescription: Message
    let fullDescription: Message
    let help: Message
    let defaultConfiguration: Configuration?
    let properties: RuleProperties
  }

  struct Configuration: Encodable {
    let level: String
  }

  struct RuleProperties: Encodable {
    let tags: [String]
    let kind: String?
    let guidance: GuidanceSource
  }

  struct Message: Encodable {
    let text: String
  }

  struct Invocation: Encodable {
    let executionSuccessful: Bool
    let endTimeUtc: String?
    let toolExecutionNotifications: [Notification]?
  }

  struct Notification: Encodable {
    let level: String
    let message: Message
    let descriptor: DescriptorReference
    let locations: [Location]
  }

  struct DescriptorReference: Encodable {
    let id: String
  }

  struct Artifact: Encodable {
    let location: ArtifactLocation
    let hashes: [String: String]?
    let mimeType: String?
  }

  struct ArtifactLocation: Encodable {
    let uri: String
    let uriBaseId: String?
    let index: Int?
  }

  struct Result: Encodable {
    let ruleId: String
    let ruleIndex: Int
    let level: String
    let message: Message
    let locations: [Location]
    let partialFingerprints: [String: String]
    let properties: ResultProperties?
    /// A waiver from `.kehoach-lint.yml`: `kind: external`, its reason and approver.
    var suppressions: [Suppression]? = nil
    /// The safe fix, for text files (Markdown) only.
    var fixes: [Fix]? = nil
  }

  struct Fix: Encodable {
    let description: Message
    let artifactChanges: [ArtifactChange]
  }

  struct ArtifactChange: Encodable {
    let artifactLocation: ArtifactLocation
    let replacements: [Replacement]
  }

  struct Replacement: Encodable {
    let deletedRegion: Region
    let insertedContent: ArtifactContent
  }

  struct ArtifactContent: Encodable {
    let text: String
  }

  struct Suppression: Encodable {
    let kind: String
    let status: String
    let justification: String
    let properties: SuppressionProperties
  }

  struct SuppressionProperties: Encodable {
    let approvedBy: String
    let expires: String?
    let configuration: String?
  }

  struct ResultProperties: Encodable {
    let headingPath: [String]?
    let quote: String?
    let fixHint: String?
    /// A Word document's safe fix: replacements by paragraph and character offsets, which are
    /// no SARIF text region (a .docx is a ZIP), so they are not `fixes`.
    var wordFix: [TextReplacement]? = nil
    /// A Word section's new paper or margins: a change of properties, no text region.
    var pageSetupFix: PageSetupFix? = nil
  }

  struct Location: Encodable {
    let physicalLocation: PhysicalLocation
    let logicalLocations: [LogicalLocation]?
  }

  struct PhysicalLocation: Encodable {
    let artifactLocation: ArtifactLocation
    let region: Region?
  }

  struct Region: Encodable {
    let startLine: Int
    let startColumn: Int?
    var endLine: Int? = nil
    /// The column after the region's last character.
    var endColumn: Int? = nil
  }

  struct LogicalLocation: Encodable {
    let name: String
    let fullyQualifiedName: String
    let kind: String
  }

  static func level(_ severity: Severity) -> String {
    switch severity {
    case .error: "error"
    case .warning: "warning"
    case .info: "note"
    }
  }
}
