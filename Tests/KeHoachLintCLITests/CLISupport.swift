import Foundation

/// Runs the built `kehoach-lint` binary, which SwiftPM puts beside the test bundle.
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

  /// A fresh temporary folder.
  static func temporaryDirectory() throws -> String {
    let path = NSTemporaryDirectory() + "kehoach-lint-tests-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }
}
