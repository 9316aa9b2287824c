import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import KeHoachLint
import Logging
import Testing

@testable import KeHoachLintServer

/// What the server tests share: the repository's rules and fixtures, a multipart body as a
/// browser sends it, and a log that can be read back.
enum ServerTestSupport {
  static let repositoryRoot: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.path
  }()

  static var rulesDirectory: String { repositoryRoot + "/Rules" }

  static func fixture(_ relative: String) throws -> [UInt8] {
    let path = repositoryRoot + "/Fixtures/" + relative
    guard let data = FileManager.default.contents(atPath: path) else { throw FixtureMissing(path: path) }
    return Array(data)
  }

  struct FixtureMissing: Error { let path: String }

  static func configuration(_ change: (inout ServerConfiguration) -> Void = { _ in }) -> ServerConfiguration {
    var configuration = ServerConfiguration(rulesDirectory: rulesDirectory, jobs: 2)
    change(&configuration)
    return configuration
  }

  static func application(_ configuration: ServerConfiguration, log: LogCapture = LogCapture()) throws -> some ApplicationProtocol {
    Application(router: try ServerApplication.router(configuration), logger: log.logger)
  }

  /// A `multipart/form-data` body: files as (field, name, bytes), then text fields.
  struct Multipart {
    let boundary = "----kehoachlint\(UInt32.random(in: 0...UInt32.max))"
    var files: [(field: String, name: String, bytes: [UInt8])] = []
    var fields: [(String, String)] = []

    var contentType: String { "multipart/form-data; boundary=\(boundary)" }

    var body: ByteBuffer {
      var buffer = ByteBuffer()
      for file in files {
        buffer.writeString(
          "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(file.field)\"; filename=\"\(file.name)\"\r\n"
            + "Content-Type: application/octet-stream\r\n\r\n")
        buffer.writeBytes(file.bytes)
        buffer.writeString("\r\n")
      }
      for (name, value) in fields {
        buffer.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n")
      }
      buffer.writeString("--\(boundary)--\r\n")
      return buffer
    }

    var headers: HTTPFields { [.contentType: contentType] }
  }

  static func text(_ response: TestResponse) -> String { String(buffer: response.body) }

  /// The download links of a report page: `/download/TOKEN/KEY`.
  static func downloadLinks(in page: String) -> [String] {
    let pattern = #/href="(/download/[0-9a-f]{32}/[a-z0-9-]+)"/#
    return page.matches(of: pattern).map { String($0.output.1) }
  }

  static func expectSecurityHeaders(_ response: TestResponse, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    for (name, value) in SecurityHeaders.fields {
      #expect(response.headers[name] == value, "\(name)", sourceLocation: sourceLocation)
    }
  }
}

/// Log lines kept in memory, to check what the server writes (and does not).
final class LogCapture: @unchecked Sendable {
  private let lock = NSLock()
  private var _lines: [String] = []
  var lines: [String] { lock.withLock { _lines } }

  func append(_ line: String) { lock.withLock { _lines.append(line) } }

  var logger: Logger {
    Logger(label: "test") { _ in Handler(capture: self) }
  }

  struct Handler: LogHandler {
    let capture: LogCapture
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .info

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
      get { metadata[key] }
      set { metadata[key] = newValue }
    }

    func log(
      level: Logger.Level, message: Logger.Message, metadata: Logger.Metadata?, source: String, file: String, function: String,
      line: UInt
    ) {
      let all = self.metadata.merging(metadata ?? [:]) { _, new in new }
      capture.append("\(message) " + all.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " "))
    }
  }
}

/// A gate for the busy test: the first check waits here until the test opens it.
actor Latch {
  private var open = false
  private var waiters: [CheckedContinuation<Void, Never>] = []
  private var arrivals = 0

  func wait() async {
    arrivals += 1
    if open { return }
    await withCheckedContinuation { waiters.append($0) }
  }

  var arrived: Int { arrivals }
  var isOpen: Bool { open }

  func release() {
    open = true
    for waiter in waiters { waiter.resume() }
    waiters = []
  }
}
