import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import KeHoachLint
import Testing

@testable import KeHoachLintServer

/// `POST /api/check` and `GET /healthz`: for scripts and monitoring.
struct APIRouteTests {
  typealias Support = ServerTestSupport

  private static func json(_ response: TestResponse) throws -> [String: Any] {
    try #require(JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
  }

  @Test func rawBodyNamedByHeaderReturnsTheJSONReport() async throws {
    let draft = try Support.fixture("docx/bad/ke-hoach-nam-2021-thieu-muc.docx")
    try await Support.application(Support.configuration()).test(.router) { client in
      let headers: HTTPFields = [HTTPField.Name("X-File-Name")!: "k%E1%BA%BF-ho%E1%BA%A1ch.docx"]
      try await client.execute(uri: "/api/check?lang=en", method: .post, headers: headers, body: ByteBuffer(bytes: draft)) { response in
        #expect(response.status == .ok)
        #expect(response.headers[.contentType] == "application/json; charset=utf-8")
        Support.expectSecurityHeaders(response)
        let object = try Self.json(response)
        #expect(object["schemaVersion"] as? Int == JSONReporter.schemaVersion)
        #expect(object["language"] as? String == "en")
        let file = try #require((object["files"] as? [[String: Any]])?.first)
        #expect(file["path"] as? String == "kế-hoạch.docx")
        #expect(file["verdict"] as? String == "needs-revision")
        #expect((file["findings"] as? [Any])?.isEmpty == false)
      }
    }
  }

  @Test func multipartWithChosenProfileReturnsTheJSONReport() async throws {
    let profile = try CheckService(rulesDirectory: Support.rulesDirectory).profiles.first { !$0.detect.base }
    let form = Support.Multipart(
      files: [("file", "ke-hoach-nam-2021.docx", try Support.fixture("docx/good/ke-hoach-nam-2021.docx"))],
      fields: [("profile", try #require(profile).id)])
    try await Support.application(Support.configuration()).test(.router) { client in
      try await client.execute(uri: "/api/check", method: .post, headers: form.headers, body: form.body) { response in
        #expect(response.status == .ok)
        let file = try #require((try Self.json(response)["files"] as? [[String: Any]])?.first)
        #expect(file["profile"] as? String == profile?.id)
      }
    }
  }

  @Test func rawBodyWithoutANameIsABadRequest() async throws {
    try await Support.application(Support.configuration()).test(.router) { client in
      try await client.execute(uri: "/api/check", method: .post, body: ByteBuffer(string: "# KẾ HOẠCH")) { response in
        #expect(response.status == .badRequest)
        let error = try #require(try Self.json(response)["error"] as? [String: String])
        #expect(error["code"] == "bad-request")
        #expect(error["message"] == ServerText.missingFileName.vi)
      }
    }
  }

  @Test func unreadableFileIsReportedInTheJSONLikeTheCLIDoes() async throws {
    try await Support.application(Support.configuration()).test(.router) { client in
      let headers: HTTPFields = [HTTPField.Name("X-File-Name")!: "cu.doc"]
      try await client.execute(
        uri: "/api/check", method: .post, headers: headers, body: ByteBuffer(bytes: try Support.fixture("hostile/legacy-word.doc"))
      ) {
        response in
        #expect(response.status == .ok)
        let file = try #require((try Self.json(response)["files"] as? [[String: Any]])?.first)
        #expect(file["verdict"] as? String == "unreadable")
        #expect((file["error"] as? [String: String])?["code"] == "legacy-doc")
      }
    }
  }

  @Test func healthIsOK() async throws {
    try await Support.application(Support.configuration()).test(.router) { client in
      try await client.execute(uri: "/healthz", method: .get) { response in
        #expect(response.status == .ok)
        Support.expectSecurityHeaders(response)
        let object = try Self.json(response)
        #expect(object["status"] as? String == "ok")
        #expect(object["version"] as? String == KeHoachLintVersion.current)
      }
    }
  }
}
