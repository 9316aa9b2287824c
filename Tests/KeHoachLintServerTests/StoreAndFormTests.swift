import Foundation
import Testing

@testable import KeHoachLintServer

/// The pieces under the routes: the download store and the multipart reader.
struct StoreAndFormTests {
  @Test func downloadsExpire() async throws {
    let store = ResultStore<String>(lifetime: .milliseconds(50), capacity: 1000)
    let token = try #require(await store.keep("a", size: 10))
    #expect(token.count == 32)
    #expect(await store.value(for: token) == "a")
    #expect(await store.value(for: String(repeating: "0", count: 32)) == nil)
    try await Task.sleep(for: .milliseconds(80))
    #expect(await store.value(for: token) == nil)
    #expect(await store.size == 0)
  }

  @Test func theOldestGoFirstPastTheByteCap() async throws {
    let store = ResultStore<String>(lifetime: .seconds(600), capacity: 100)
    let first = try #require(await store.keep("first", size: 60))
    let second = try #require(await store.keep("second", size: 60))
    #expect(await store.value(for: first) == nil)
    #expect(await store.value(for: second) == "second")
    #expect(await store.size == 60)
    // Larger than the whole cap: not kept at all.
    #expect(await store.keep("huge", size: 101) == nil)
    #expect(ResultStore<String>.newToken() != ResultStore<String>.newToken())
  }

  @Test func multipartNamesAndFields() throws {
    let boundary = "b0undary"
    let body = Array(
      ("--b0undary\r\nContent-Disposition: form-data; name=\"files\"; filename=\"C:\\\\Users\\\\a\\\\k\u{1EBF} ho\u{1EA1}ch \\\"m\u{1EDB}i\\\".docx\"\r\n"
        + "Content-Type: application/octet-stream\r\n\r\nPK\r\n--b0und\r\n--b0undary\r\nContent-Disposition: form-data; name=\"level\"\r\n\r\ntinh\r\n"
        + "--b0undary\r\nContent-Disposition: form-data; name=\"files\"; filename*=UTF-8''%C4%91.md\r\n\r\n# A\r\n--b0undary--\r\n").utf8)
    let form = try body.withUnsafeBytes { try MultipartForm(body: $0, boundary: boundary) }
    #expect(form.files.map(\.fileName) == ["kế hoạch \"mới\".docx", "đ.md"])
    // A boundary-like line inside the content is content.
    #expect(form.files.first.map { Array(body[$0.range]) } == Array("PK\r\n--b0und".utf8))
    #expect(form.fields == ["level": "tinh"])
    #expect(MultipartForm.boundary(contentType: "multipart/form-data; boundary=\"abc\"") == "abc")
    #expect(MultipartForm.boundary(contentType: "application/json") == nil)
  }

  @Test func twoUploadsOfOneNameKeepAReportEach() {
    let uploads = ["du-thao.docx", "du-thao.docx", "ke-hoach.md", "du-thao.docx", "du-thao (2).docx"].map {
      Upload(name: $0, bytes: [])
    }
    #expect(
      Upload.withDistinctNames(uploads).map(\.name) == [
        "du-thao.docx", "du-thao (2).docx", "ke-hoach.md", "du-thao (3).docx", "du-thao (2) (2).docx",
      ])
  }

  @Test func truncatedOrOversizedFormsAreRefused() throws {
    let truncated = Array("--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nno end".utf8)
    #expect(throws: MultipartForm.Failure.malformed) { try truncated.withUnsafeBytes { try MultipartForm(body: $0, boundary: "b") } }
    let many = Array((String(repeating: "--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nx\r\n", count: 70) + "--b--").utf8)
    #expect(throws: MultipartForm.Failure.tooManyParts) { try many.withUnsafeBytes { try MultipartForm(body: $0, boundary: "b") } }
  }
}

/// Uploads are staged only in memory: the server refuses to start where that is not so.
struct MemoryStagingTests {
  @Test func aDiskFolderIsRefusedAndTmpfsAccepted() throws {
    #expect(throws: MemoryStaging.Unavailable.self) { try MemoryStaging.check(path: ServerTestSupport.repositoryRoot) }
    if FileManager.default.isWritableFile(atPath: "/dev/shm") { try MemoryStaging.check() }
  }
}
