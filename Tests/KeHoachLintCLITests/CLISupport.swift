import Foundation

/// Runs the built `kehoach-lint` binary, which SwiftPM puts beside the test bundle. Launch it
/// only for what the command line itself does (arguments, exit status, files written, standard
/// error), once per behaviour; what the library computes is tested in KeHoachLintTests.
enum CLI {
  struct Result {
    let status: Int32
    let stdout: String
    let stderr: String
  }

  static let repositoryRoot: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.path
  }()

  static var binary: String {
    let testExecutable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    var folder = URL(fileURLWithPath: testExecutable).deletingLastPathComponent()
    // The test executable may sit inside `X.xctest/` on some layouts.
    if folder.pathExtension == "xctest" { folder.deleteLastPathComponent() }
    return folder.appendingPathComponent("kehoach-lint").path
  }

  /// Runs the binary with `arguments` in `directory`, with a clean colour environment.
  static func run(_ arguments: [String], in directory: String = repositoryRoot, environment extra: [String: String] = [:]) throws -> Result
  {
    try execute(binary, arguments, in: directory, environment: extra)
  }

  /// Runs any executable the way `run` runs the binary (another launcher, such as `setpriv`).
  static func execute(
    _ executable: String, _ arguments: [String], in directory: String = repositoryRoot, environment extra: [String: String] = [:]
  ) throws -> Result {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: directory)
    var environment = ProcessInfo.processInfo.environment
    environment["NO_COLOR"] = "1"
    environment.removeValue(forKey: "KEHOACH_LINT_RULES")
    for (key, value) in extra { environment[key] = value }
    process.environment = environment
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self))
  }

}

/// A folder of its own under the temporary directory: a UUID in its name, so two runs of the
/// suite on one machine never share it. Make it, then `defer { folder.remove() }` at once, so
/// it goes even when an expectation fails or the test throws.
struct TemporaryFolder: Sendable {
  let path: String

  init() throws {
    path = (NSTemporaryDirectory() as NSString).appendingPathComponent("kehoach-lint-cli-tests-" + UUID().uuidString)
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  /// `name` inside the folder.
  func file(_ name: String) -> String { path + "/" + name }

  /// Writes `data` as `name` inside the folder and returns its path.
  @discardableResult
  func write(_ name: String, _ data: Data) throws -> String {
    try data.write(to: URL(fileURLWithPath: file(name)))
    return file(name)
  }

  /// Removes the folder and everything in it (symbolic links are removed, not followed).
  func remove() {
    try? FileManager.default.removeItem(atPath: path)
  }
}
