import ArgumentParser
import Foundation
import KeHoachLint
import KeHoachLintServer

/// `serve`: the self-check page. Thin: the server lives in KeHoachLintServer.
struct ServeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "serve",
    abstract: "Chạy trang tự kiểm tra dự thảo trên trình duyệt (tải tệp lên, đọc báo cáo, tải bản có góp ý)."
  )

  @Option(help: "Địa chỉ lắng nghe (mặc định chỉ máy này; đặt sau nginx khi mở ra mạng).")
  var host = "127.0.0.1"

  @Option(help: "Cổng lắng nghe.")
  var port = 8080

  @Option(name: .customLong("max-upload-mb"), help: "Dung lượng tải lên tối đa mỗi yêu cầu, MB.")
  var maxUploadMB = 50

  @Option(help: "Số lượt kiểm tra chạy cùng lúc (mặc định: số lõi CPU); hàng đợi gấp 4 lần.")
  var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

  @Option(name: .customLong("time-limit"), help: "Thời gian tối đa cho một lượt kiểm tra, giây.")
  var timeLimit = 60

  @Option(name: .customLong("rules-dir"), help: "Thư mục Rules/ (mặc định: bộ quy tắc đi kèm).")
  var rulesDirectory: String?

  func validate() throws {
    guard (1...65535).contains(port) else { throw ValidationError("--port: 1…65535") }
    guard (1...1024).contains(maxUploadMB) else { throw ValidationError("--max-upload-mb: 1…1024") }
    guard jobs >= 1 else { throw ValidationError("--jobs ≥ 1") }
    guard timeLimit >= 1 else { throw ValidationError("--time-limit ≥ 1") }
  }

  func run() throws {
    try runReportingErrors(language: .vi) {
      guard let rules = rulesDirectory ?? RulesDirectory.locate() else { throw CLIError(Messages.CommandLine.rulesFolderNotFound) }
      var configuration = ServerConfiguration(rulesDirectory: rules, jobs: jobs)
      configuration.host = host
      configuration.port = port
      configuration.maxUploadBytes = maxUploadMB * 1_048_576
      configuration.checkTimeLimit = .seconds(timeLimit)
      let outcome = ServeOutcome()
      // The command line is synchronous; the server runs on the concurrency pool until stopped.
      let done = DispatchSemaphore(value: 0)
      Task.detached {
        do { try await ServerApplication.run(configuration) } catch { outcome.failure = "\(error)" }
        done.signal()
      }
      done.wait()
      if let failure = outcome.failure {
        printError(failure)
        throw ExitCode(ExitStatus.inputError)
      }
    }
  }
}

/// The server's end as the waiting command line reads it.
private final class ServeOutcome: @unchecked Sendable {
  private let lock = NSLock()
  private var _failure: String?
  var failure: String? {
    get { lock.withLock { _failure } }
    set { lock.withLock { _failure = newValue } }
  }
}
