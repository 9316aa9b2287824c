import Foundation
import HTTPTypes
import Hummingbird
import KeHoachLint
import Logging

/// The routes of `kehoach-lint serve` (described in docs/openapi.yaml):
/// - `GET /`: the upload form; `POST /check`: the report page with its downloads;
/// - `POST /api/check`: the `--format json` document; `GET /healthz`;
/// - `GET /download/{token}/{name}`: a report's download, from memory, for a few minutes.
struct ServerRoutes: Sendable {
  let configuration: ServerConfiguration
  let service: CheckService
  let gate: CheckGate
  let store: ResultStore<KeptCheck>

  init(configuration: ServerConfiguration) throws(KeHoachLintError) {
    self.configuration = configuration
    service = try CheckService(rulesDirectory: configuration.rulesDirectory)
    gate = CheckGate(slots: configuration.jobs, queueLength: configuration.queueLength)
    store = ResultStore<KeptCheck>(lifetime: configuration.resultLifetime, capacity: configuration.resultStoreBytes)
  }

  func register(on router: Router<BasicRequestContext>) {
    router.add(middleware: SecurityHeadersMiddleware())
    router.get("/") { request, _ in form(request) }
    router.post("/check") { request, context in await checkPage(request, context: context) }
    router.post("/api/check") { request, context in await checkAPI(request, context: context) }
    router.get("/healthz") { _, _ in await health() }
    router.get("/download/{token}/{name}") { request, context in await download(request, context: context) }
  }

  // MARK: Routes

  func form(_ request: Request) -> Response {
    let minutes = Int(configuration.resultLifetime.components.seconds / 60)
    return Self.html(Pages.form(profiles: service.profiles, language: Self.language(of: request), lifetimeMinutes: minutes))
  }

  func checkPage(_ request: Request, context: BasicRequestContext) async -> Response {
    let started = ContinuousClock.now
    var language = Self.language(of: request)
    do {
      let received = try await receive(request)
      language = received.choices.language
      let lifetime = Int(configuration.resultLifetime.components.seconds / 60)
      let page = try await runCheck {
        CheckPage.make(service: service, uploads: received.uploads, choices: received.choices)
      }.get()
      let report = page.report
      // One file the CLI could not read: its error, as the CLI words it, is the page.
      let unreadable = report.files.count == 1 ? report.files[0].error : nil
      log(
        context, route: "check", uploads: received.uploads, report: report, status: unreadable == nil ? .ok : .unprocessableContent,
        since: started)
      if let error = unreadable {
        return Self.html(
          Pages.notice(title: ServerText.cannotCheck, lines: [error.message.text(in: language)], language: language),
          status: .unprocessableContent)
      }
      let kept = KeptCheck(uploads: received.uploads, choices: received.choices)
      let token = await store.keep(kept, size: kept.size)
      return Self.html(page.page(token: token, language: language, lifetimeMinutes: lifetime))
    } catch {
      let failure = Failure(error)
      logFailure(context, route: "check", request: request, failure: failure, since: started)
      return failure.page(language: language, configuration: configuration)
    }
  }

  func checkAPI(_ request: Request, context: BasicRequestContext) async -> Response {
    let started = ContinuousClock.now
    do {
      let received = try await receive(request, rawBodyAllowed: true)
      let result = try await runCheck { () -> Result<LintReport, KeHoachLintError> in
        Result { () throws(KeHoachLintError) in try service.check(received.uploads, choices: received.choices) }
      }
      let report = try result.get()
      log(context, route: "api", uploads: received.uploads, report: report, status: .ok, since: started)
      let json = JSONReporter().render(report, options: CheckService.reportOptions(received.choices.language))
      return Self.response(json, contentType: "application/json; charset=utf-8")
    } catch {
      let failure = Failure(error)
      logFailure(context, route: "api", request: request, failure: failure, since: started)
      return failure.json(language: Self.language(of: request), configuration: configuration)
    }
  }

  func health() async -> Response {
    let running = await gate.running
    let waiting = await gate.waitingCount
    let kept = await store.count
    let json = """
      {"status":"ok","version":"\(KeHoachLintVersion.current)","running":\(running),"waiting":\(waiting),"keptResults":\(kept)}
      """
    return Self.response(json, contentType: "application/json; charset=utf-8")
  }

  /// A download of a kept check, made now (the draft with comments takes a job, like a check).
  func download(_ request: Request, context: BasicRequestContext) async -> Response {
    let language = Self.language(of: request)
    guard let token = context.parameters.get("token"), let key = context.parameters.get("name"),
      let kept = await store.value(for: token)
    else {
      return Self.html(
        Pages.notice(title: ServerText.notFoundTitle, lines: [ServerText.notFound.text(in: language)], language: language),
        status: .notFound)
    }
    let made: Result<Download?, KeHoachLintError>
    do {
      try await gate.acquire()
      made = try await runCheck { Result { () throws(KeHoachLintError) in try Download.make(key, from: kept, service: service) } }
    } catch {
      return Failure(error).page(language: language, configuration: configuration)
    }
    switch made {
    case .success(let file?):
      var response = Response(status: .ok, body: .init(byteBuffer: ByteBuffer(bytes: file.bytes)))
      response.headers[.contentType] = file.contentType
      response.headers[HTTPField.Name("Content-Disposition")!] = Self.attachment(file.fileName)
      return response
    case .success(nil):
      return Self.html(
        Pages.notice(title: ServerText.notFoundTitle, lines: [ServerText.notFound.text(in: language)], language: language),
        status: .notFound)
    case .failure(let error):
      return Self.html(
        Pages.notice(title: ServerText.cannotCheck, lines: [error.message.text(in: language)], language: language),
        status: .unprocessableContent)
    }
  }

  // MARK: Receiving an upload

  struct Received: Sendable {
    let uploads: [Upload]
    let choices: CheckChoices
  }

  /// The upload, once a job is free: the declared size is checked before waiting, the body
  /// is read (capped) only while holding the job, so at most `jobs` uploads are in memory.
  /// The job stays held: `runCheck` releases it.
  private func receive(_ request: Request, rawBodyAllowed: Bool = false) async throws -> Received {
    let limit = configuration.maxUploadBytes
    if UploadReader.declaredTooLarge(request, limit: limit) { throw UploadReader.TooLarge() }
    try await gate.acquire()
    do {
      let declared = request.headers[.contentLength].flatMap(Int.init)
      let willCheck = configuration.willCheck
      let body = try await TimeLimit.run(within: configuration.checkTimeLimit) {
        if let willCheck { await willCheck() }
        return try await UploadReader.read(request.body, declaredLength: declared, limit: limit)
      }
      return try Self.parse(request, body: consume body, rawBodyAllowed: rawBodyAllowed)
    } catch {
      await gate.release()
      throw error
    }
  }

  /// The form's files and choices; for the API also a raw body named by `X-File-Name`, the
  /// choices then in the query (`?profile=…&level=…&lang=en`).
  static func parse(_ request: Request, body: consuming [UInt8], rawBodyAllowed: Bool) throws -> Received {
    let query = request.uri.queryParameters
    var fields: [String: String] = [:]
    for key in ["profile", "level", "lang"] { if let value = query.get(key) { fields[key] = value } }
    var uploads: [Upload]
    let contentType = request.headers[.contentType] ?? ""
    if let boundary = MultipartForm.boundary(contentType: contentType) {
      let form = try body.withUnsafeBytes { bytes throws(MultipartForm.Failure) in
        try MultipartForm(body: bytes, boundary: boundary)
      }
      fields.merge(form.fields) { _, form in form }
      let name = { (file: MultipartForm.File) in file.fileName.isEmpty ? "upload" : file.fileName }
      if form.files.count == 1, let file = form.files.first {
        // The usual case, one draft: its bytes are cut out of the body in place, not copied.
        var bytes = consume body
        bytes.removeSubrange(file.range.upperBound...)
        bytes.removeSubrange(..<file.range.lowerBound)
        uploads = [Upload(name: name(file), bytes: bytes)]
      } else {
        uploads = Upload.withDistinctNames(form.files.map { Upload(name: name($0), bytes: Array(body[$0.range])) })
      }
    } else if rawBodyAllowed {
      guard let header = request.headers[HTTPField.Name("X-File-Name")!], let name = header.removingPercentEncoding,
        let fileName = MultipartForm.fileName(in: "form-data; filename=\"\(name.replacingOccurrences(of: "\"", with: "%22"))\""),
        !fileName.isEmpty
      else { throw Failure.badRequest(ServerText.missingFileName) }
      uploads = [Upload(name: fileName, bytes: body)]
    } else {
      throw MultipartForm.Failure.notMultipart
    }
    guard !uploads.isEmpty else { throw Failure.badRequest(ServerText.noFile) }
    var choices = CheckChoices()
    choices.language = fields["lang"] == "en" ? .en : .vi
    if let profile = fields["profile"], !profile.isEmpty { choices.profileID = profile }
    if let level = fields["level"], !level.isEmpty {
      guard let parsed = UnitLevel(rawValue: level) else { throw Failure.unknownLevel(level) }
      choices.level = parsed
    }
    return Received(uploads: uploads, choices: choices)
  }

  /// `work` on its own thread within the time limit, the job released when it ends.
  private func runCheck<T: Sendable>(_ work: @escaping @Sendable () -> T) async throws -> T {
    let gate = self.gate
    return try await TimeLimit.run(within: configuration.checkTimeLimit, work) { await gate.release() }
  }

  // MARK: Logging

  /// One line per request, and nothing of the plan but its size and a hash prefix.
  private func log(
    _ context: BasicRequestContext, route: String, uploads: [Upload], report: LintReport, status: HTTPResponse.Status,
    since started: ContinuousClock.Instant
  ) {
    let hashes = zip(uploads, report.files).map { upload, file in String((file.sha256 ?? SHA256.hex(upload.bytes)).prefix(12)) }
    context.logger.info(
      "\(route)",
      metadata: [
        "status": "\(status.code)", "files": "\(uploads.count)", "bytes": "\(uploads.reduce(0) { $0 + $1.bytes.count })",
        "sha256": "\(hashes.joined(separator: ","))",
        "profile": "\(report.files.map { $0.profileID ?? "-" }.joined(separator: ","))",
        "verdict": "\(report.files.map(\.verdict.rawValue).joined(separator: ","))",
        "ms": "\(Self.milliseconds(since: started))",
      ])
  }

  /// A request turned away: its declared size (the body was not, or not all, read).
  private func logFailure(
    _ context: BasicRequestContext, route: String, request: Request, failure: Failure, since started: ContinuousClock.Instant
  ) {
    context.logger.info(
      "\(route)",
      metadata: [
        "status": "\(failure.status.code)", "outcome": "\(failure.name)",
        "declaredBytes": "\(request.headers[.contentLength] ?? "-")", "ms": "\(Self.milliseconds(since: started))",
      ])
  }

  static func milliseconds(since started: ContinuousClock.Instant) -> Int {
    let elapsed = ContinuousClock.now - started
    return Int(elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000)
  }

  // MARK: Responses

  static func language(of request: Request) -> Language { request.uri.queryParameters.get("lang") == "en" ? .en : .vi }

  static func html(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
    response(text, contentType: "text/html; charset=utf-8", status: status)
  }

  static func response(_ text: String, contentType: String, status: HTTPResponse.Status = .ok) -> Response {
    var response = Response(status: status, body: .init(byteBuffer: ByteBuffer(string: text)))
    response.headers[.contentType] = contentType
    return response
  }

  /// `attachment` with an ASCII name for old clients and the real one (RFC 6266, 5987).
  static func attachment(_ fileName: String) -> String {
    let ascii = String(fileName.unicodeScalars.map { $0.isASCII && $0 != "\"" && $0 != "\\" && $0.value >= 0x20 ? Character($0) : "_" })
    var allowed = CharacterSet.alphanumerics.intersection(CharacterSet(charactersIn: Unicode.Scalar(0)...Unicode.Scalar(127)))
    allowed.insert(charactersIn: "-._~")
    let encoded = fileName.addingPercentEncoding(withAllowedCharacters: allowed) ?? ascii
    return "attachment; filename=\"\(ascii)\"; filename*=UTF-8''\(encoded)"
  }
}
