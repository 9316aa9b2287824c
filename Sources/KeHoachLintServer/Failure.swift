import Foundation
import HTTPTypes
import Hummingbird
import KeHoachLint

/// Why a check was not made, and how each route answers it: a page in the person's
/// language for the form, a small JSON object for the API.
enum Failure: Error {
  case tooLarge
  case busy
  case timedOut
  case badRequest(LocalizedText)
  case unknownLevel(String)
  case setup(KeHoachLintError)
  case unexpected

  /// Seconds a client is asked to wait before trying again.
  static let retryAfterSeconds = 10

  init(_ error: any Error) {
    switch error {
    case let failure as Failure: self = failure
    case is UploadReader.TooLarge: self = .tooLarge
    case is CheckGate.Busy: self = .busy
    case is TimeLimit.Exceeded: self = .timedOut
    case let form as MultipartForm.Failure:
      self = .badRequest(
        form == .tooManyParts
          ? LocalizedText(
            vi: ServerText.tooManyParts.text(in: .vi, MultipartForm.maximumParts),
            en: ServerText.tooManyParts.text(in: .en, MultipartForm.maximumParts))
          : ServerText.notAForm)
    case let lint as KeHoachLintError: self = .setup(lint)
    default: self = .unexpected
    }
  }

  var status: HTTPResponse.Status {
    switch self {
    case .tooLarge: .contentTooLarge
    case .busy, .timedOut: .serviceUnavailable
    case .badRequest, .unknownLevel, .setup, .unexpected: .badRequest
    }
  }

  /// A short name for the log line.
  var name: String {
    switch self {
    case .tooLarge: "too-large"
    case .busy: "busy"
    case .timedOut: "timed-out"
    case .badRequest, .unknownLevel: "bad-request"
    case .setup(let error): error.code
    case .unexpected: "unreadable-request"
    }
  }

  func message(_ language: Language, configuration: ServerConfiguration) -> (title: LocalizedText, line: String) {
    switch self {
    case .tooLarge:
      (ServerText.tooLargeTitle, ServerText.tooLarge.text(in: language, configuration.maxUploadBytes / 1_048_576))
    case .busy: (ServerText.busyTitle, ServerText.busy.text(in: language, Self.retryAfterSeconds))
    case .timedOut:
      (ServerText.timeoutTitle, ServerText.timeout.text(in: language, Int(configuration.checkTimeLimit.components.seconds)))
    case .badRequest(let text): (ServerText.badRequestTitle, text.text(in: language))
    case .unknownLevel(let level): (ServerText.badRequestTitle, ServerText.unknownLevel.text(in: language, level))
    case .setup(let error): (ServerText.cannotCheck, error.message.text(in: language))
    case .unexpected: (ServerText.badRequestTitle, ServerText.notAForm.text(in: language))
    }
  }

  func page(language: Language, configuration: ServerConfiguration) -> Response {
    let (title, line) = message(language, configuration: configuration)
    return decorated(ServerRoutes.html(Pages.notice(title: title, lines: [line], language: language), status: status))
  }

  func json(language: Language, configuration: ServerConfiguration) -> Response {
    let (_, line) = message(language, configuration: configuration)
    let object: [String: [String: String]] = ["error": ["code": name, "message": line]]
    let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data("{}".utf8)
    return decorated(
      ServerRoutes.response(String(decoding: data, as: UTF8.self), contentType: "application/json; charset=utf-8", status: status))
  }

  private func decorated(_ response: Response) -> Response {
    var response = response
    if status == .serviceUnavailable { response.headers[HTTPField.Name("Retry-After")!] = String(Self.retryAfterSeconds) }
    // The rest of a refused upload is not read: the connection is not reused.
    if case .tooLarge = self { response.headers[.connection] = "close" }
    return response
  }
}
