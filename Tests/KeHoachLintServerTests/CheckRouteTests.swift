import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import KeHoachLint
import Testing
import ZIPFoundation

@testable import KeHoachLintServer

/// The form and the report page, as a browser uses them.
struct CheckRouteTests {
  typealias Support = ServerTestSupport

  @Test func formIsVietnameseByDefaultAndEnglishOnRequest() async throws {
    try await Support.application(Support.configuration()).test(.router) { client in
      try await client.execute(uri: "/", method: .get) { response in
        #expect(response.status == .ok)
        #expect(response.headers[.contentType] == "text/html; charset=utf-8")
        Support.expectSecurityHeaders(response)
        let page = Support.text(response)
        #expect(page.contains("<html lang=\"vi\">"))
        #expect(page.contains("Tự kiểm tra dự thảo kế hoạch"))
        #expect(page.contains("enctype=\"multipart/form-data\""))
        #expect(page.contains("type=\"file\" name=\"files\" multiple"))
        // Every bundled framework can be chosen, and every level.
        #expect(page.contains("value=\"tinh\""))
        #expect(!page.contains("<script"))
      }
      try await client.execute(uri: "/?lang=en", method: .get) { response in
        let page = Support.text(response)
        #expect(page.contains("<html lang=\"en\">"))
        #expect(page.contains("Check a draft plan"))
        #expect(page.contains("name=\"lang\" value=\"en\""))
      }
    }
  }

  @Test func draftWithMissingSectionsGetsTheReportAndItsDownloads() async throws {
    let draft = try Support.fixture("docx/bad/ke-hoach-nam-2021-thieu-muc.docx")
    let form = Support.Multipart(
      files: [("files", "dự thảo kế hoạch 2021.docx", draft)], fields: [("profile", ""), ("level", ""), ("lang", "vi")])
    try await Support.application(Support.configuration()).test(.router) { client in
      let links = try await client.execute(uri: "/check", method: .post, headers: form.headers, body: form.body) { response in
        #expect(response.status == .ok)
        Support.expectSecurityHeaders(response)
        let page = Support.text(response)
        // The report `check --format html` writes, verdict and findings included.
        #expect(page.contains(PlanVerdict.needsRevision.text.text(in: .vi)))
        #expect(page.contains("Thiếu mục bắt buộc"))
        #expect(page.contains("pl2-required-sections"))
        return Support.downloadLinks(in: page)
      }
      #expect(links.count == 4)
      let annotated = try #require(links.first { $0.hasSuffix("/annotated-1") })
      try await client.execute(uri: annotated, method: .get) { response in
        #expect(response.status == .ok)
        #expect(response.headers[.contentType] == Download.docx)
        #expect(response.headers[HTTPField.Name("Content-Disposition")!]?.contains("filename*=UTF-8''d%E1%BB%B1") == true)
        Support.expectSecurityHeaders(response)
        let archive = try Archive(data: Data(buffer: response.body), accessMode: .read)
        let comments = try #require(archive["word/comments.xml"])
        var xml = Data()
        _ = try archive.extract(comments) { xml.append($0) }
        #expect(String(decoding: xml, as: UTF8.self).contains("Thiếu mục bắt buộc"))
      }
      let json = try #require(links.first { $0.hasSuffix("/json") })
      try await client.execute(uri: json, method: .get) { response in
        let object = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any]
        let files = object?["files"] as? [[String: Any]]
        #expect(files?.first?["verdict"] as? String == "needs-revision")
      }
      for link in links where link.hasSuffix("/sarif") || link.hasSuffix("/letter-1") {
        try await client.execute(uri: link, method: .get) { response in
          #expect(response.status == .ok)
          #expect(response.body.readableBytes > 0)
        }
      }
    }
  }

  @Test func severalDraftsGetTheScoreboardThenEachReport() async throws {
    let form = Support.Multipart(files: [
      ("files", "ke-hoach-nam-2021.docx", try Support.fixture("docx/good/ke-hoach-nam-2021.docx")),
      ("files", "thieu-muc.docx", try Support.fixture("docx/bad/ke-hoach-nam-2021-thieu-muc.docx")),
    ])
    try await Support.application(Support.configuration()).test(.router) { client in
      try await client.execute(uri: "/check", method: .post, headers: form.headers, body: form.body) { response in
        #expect(response.status == .ok)
        let page = Support.text(response)
        #expect(page.contains("<table class=\"scoreboard\">"))
        #expect(page.contains("href=\"#plan-1\"") && page.contains("href=\"#plan-2\""))
        #expect(page.contains("id=\"plan-2\""))
        #expect(Support.downloadLinks(in: page).filter { $0.contains("/annotated-") }.count == 2)
      }
    }
  }

  @Test(arguments: [
    ("hostile/encrypted.docx", "encrypted"), ("hostile/legacy-word.doc", "legacy-doc"), ("hostile/empty.docx", "empty-file"),
    ("hostile/pdf-renamed.docx", "not-word"), ("hostile/zip-bomb-ratio.docx", "limit-exceeded"),
  ])
  func hostileFileGetsTheCommandLinesErrorAndTheServerGoesOn(fixture: String, code: String) async throws {
    let name = (fixture as NSString).lastPathComponent
    let bytes = try Support.fixture(fixture)
    let form = Support.Multipart(files: [("files", name, bytes)])
    try await Support.application(Support.configuration()).test(.router) { client in
      try await client.execute(uri: "/check", method: .post, headers: form.headers, body: form.body) { response in
        #expect(response.status == .unprocessableContent)
        Support.expectSecurityHeaders(response)
        // The very words `kehoach-lint check` prints for this file.
        let expected = try #require(
          CheckService(rulesDirectory: Support.rulesDirectory).check([Upload(name: name, bytes: bytes)], choices: .init()).files.first?
            .error)
        #expect(expected.code == code)
        #expect(Support.text(response).contains(Pages.escape(expected.message.text(in: .vi))))
      }
      try await client.execute(uri: "/healthz", method: .get) { response in
        #expect(response.status == .ok)
        #expect(Support.text(response).contains("\"running\":0"))
      }
    }
  }

  @Test func corruptZipIsTheCLIsDamagedPackageError() async throws {
    let form = Support.Multipart(files: [("files", "hong.docx", Array("PK\u{3}\u{4}not really a zip".utf8))])
    try await Support.application(Support.configuration()).test(.router) { client in
      try await client.execute(uri: "/check", method: .post, headers: form.headers, body: form.body) { response in
        #expect(response.status == .unprocessableContent)
        #expect(Support.text(response).contains("hong.docx"))
      }
    }
  }

  @Test func chosenProfileAndLevelAreUsedAndBadOnesRefused() async throws {
    let draft = try Support.fixture("docx/good/ke-hoach-nam-2021.docx")
    try await Support.application(Support.configuration()).test(.router) { client in
      let unknown = Support.Multipart(files: [("files", "a.docx", draft)], fields: [("profile", "khong-co")])
      try await client.execute(uri: "/check", method: .post, headers: unknown.headers, body: unknown.body) { response in
        #expect(response.status == .badRequest)
        #expect(Support.text(response).contains("Không có bộ quy tắc “khong-co”"))
      }
      let level = Support.Multipart(files: [("files", "a.docx", draft)], fields: [("level", "xa")])
      try await client.execute(uri: "/check", method: .post, headers: level.headers, body: level.body) { response in
        #expect(response.status == .badRequest)
        #expect(Support.text(response).contains("“xa”"))
      }
    }
  }

  @Test func formWithoutAFileOrNotMultipartIsRefused() async throws {
    try await Support.application(Support.configuration()).test(.router) { client in
      let empty = Support.Multipart(files: [("files", "", [])])
      try await client.execute(uri: "/check", method: .post, headers: empty.headers, body: empty.body) { response in
        #expect(response.status == .badRequest)
        #expect(Support.text(response).contains(ServerText.noFile.vi))
      }
      try await client.execute(
        uri: "/check", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"], body: ByteBuffer(string: "a=b")
      ) { response in
        #expect(response.status == .badRequest)
        Support.expectSecurityHeaders(response)
      }
    }
  }

  @Test func expiredOrUnknownDownloadIsNotFound() async throws {
    try await Support.application(Support.configuration()).test(.router) { client in
      try await client.execute(uri: "/download/00000000000000000000000000000000/json", method: .get) { response in
        #expect(response.status == .notFound)
        Support.expectSecurityHeaders(response)
        #expect(Support.text(response).contains(ServerText.notFound.vi))
      }
      try await client.execute(uri: "/khong-co", method: .get) { response in
        #expect(response.status == .notFound)
        Support.expectSecurityHeaders(response)
      }
    }
  }

  @Test func logLineHasSizeHashProfileVerdictAndNothingOfThePlan() async throws {
    let draft = try Support.fixture("docx/bad/ke-hoach-nam-2021-thieu-muc.docx")
    let form = Support.Multipart(files: [("files", "bi-mat-cua-don-vi.docx", draft)])
    let log = LogCapture()
    try await Support.application(Support.configuration(), log: log).test(.router) { client in
      try await client.execute(uri: "/check", method: .post, headers: form.headers, body: form.body) { response in
        #expect(response.status == .ok)
      }
    }
    let lines = log.lines.filter { $0.hasPrefix("check ") }
    #expect(lines.count == 1)
    let line = try #require(lines.first)
    #expect(line.contains("bytes=\(draft.count)"))
    #expect(line.contains("sha256=\(SHA256.hex(draft).prefix(12))"))
    #expect(line.contains("verdict=needs-revision"))
    #expect(line.contains("profile=") && line.contains("ms="))
    #expect(!log.lines.joined().contains("bi-mat"))
    #expect(!log.lines.joined().contains("Thiếu mục"))
  }
}
