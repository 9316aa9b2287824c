import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import KeHoachLint
import Testing

@testable import KeHoachLintServer

/// What keeps one small server answering: the upload cap, the jobs and their queue, the time limit.
struct LimitTests {
  typealias Support = ServerTestSupport

  @Test func uploadOverTheLimitGets413InVietnamese() async throws {
    let configuration = Support.configuration { $0.maxUploadBytes = 16 * 1024 }
    let form = Support.Multipart(files: [("files", "lon.docx", [UInt8](repeating: 0x41, count: 20 * 1024))])
    let log = LogCapture()
    try await Support.application(configuration, log: log).test(.router) { client in
      // Declared too large: refused before a byte is read.
      var declared = form.headers
      declared[.contentLength] = String(form.body.readableBytes)
      try await client.execute(uri: "/check", method: .post, headers: declared, body: form.body) { response in
        #expect(response.status == .contentTooLarge)
        Support.expectSecurityHeaders(response)
        let page = Support.text(response)
        #expect(page.contains("Tệp quá lớn"))
        #expect(page.contains("giới hạn 0 MB") || page.contains("giới hạn"))
      }
      // No length announced: refused at the chunk that crosses the limit.
      try await client.execute(uri: "/api/check", method: .post, headers: form.headers, body: form.body) { response in
        #expect(response.status == .contentTooLarge)
        #expect(Support.text(response).contains("\"code\":\"too-large\""))
      }
      // Just under the limit is read.
      let small = Support.Multipart(files: [("files", "nho.md", Array("# KẾ HOẠCH\n".utf8))])
      try await client.execute(uri: "/api/check", method: .post, headers: small.headers, body: small.body) { response in
        #expect(response.status == .ok)
      }
    }
    #expect(log.lines.filter { $0.contains("outcome=too-large") && $0.contains("status=413") }.count == 2)
  }

  @Test func pastTheJobsAndTheQueueTheAnswerIs503WithRetryAfter() async throws {
    let latch = Latch()
    let configuration = Support.configuration {
      $0.jobs = 1
      $0.queueLength = 0
      $0.willCheck = { await latch.wait() }
    }
    let form = Support.Multipart(files: [("files", "ke-hoach.docx", try Support.fixture("docx/good/ke-hoach-nam-2021.docx"))])
    let body = form.body
    let headers = form.headers
    try await Support.application(configuration).test(.router) { client in
      async let first = client.execute(uri: "/check", method: .post, headers: headers, body: body) { $0.status }
      // The first check holds the only job.
      while await latch.arrived == 0 { try await Task.sleep(for: .milliseconds(5)) }
      try await client.execute(uri: "/check", method: .post, headers: headers, body: body) { response in
        #expect(response.status == .serviceUnavailable)
        #expect(response.headers[HTTPField.Name("Retry-After")!] == String(Failure.retryAfterSeconds))
        #expect(Support.text(response).contains("Máy chủ đang bận"))
        Support.expectSecurityHeaders(response)
      }
      try await client.execute(uri: "/healthz", method: .get) { response in
        #expect(Support.text(response).contains("\"running\":1"))
      }
      await latch.release()
      #expect(try await first == .ok)
    }
  }

  @Test func aWaitingRequestIsServedOnceAJobIsFree() async throws {
    let gate = CheckGate(slots: 1, queueLength: 1)
    try await gate.acquire()
    async let waiting: Void = gate.acquire()
    while await gate.waitingCount == 0 { try await Task.sleep(for: .milliseconds(1)) }
    // The line is full: the next one is turned away.
    await #expect(throws: CheckGate.Busy.self) { try await gate.acquire() }
    await gate.release()
    try await waiting
    #expect(await gate.running == 1)
    await gate.release()
    #expect(await gate.running == 0)
  }

  @Test func checkPastTheTimeLimitGets503AndFreesItsJobWhenDone() async throws {
    // The job is held longer than the limit (a slow upload or a slow check look the same).
    let configuration = Support.configuration {
      $0.jobs = 1
      $0.checkTimeLimit = .milliseconds(50)
      $0.willCheck = { try? await Task.sleep(for: .seconds(5)) }
    }
    let form = Support.Multipart(files: [("files", "ke-hoach.docx", try Support.fixture("docx/good/ke-hoach-5-nam-2021-2025.docx"))])
    try await Support.application(configuration).test(.router) { client in
      try await client.execute(uri: "/check", method: .post, headers: form.headers, body: form.body) { response in
        #expect(response.status == .serviceUnavailable)
        #expect(response.headers[HTTPField.Name("Retry-After")!] != nil)
        #expect(Support.text(response).contains("Quá thời gian kiểm tra"))
      }
      // The job is given back.
      var running = 1
      for _ in 0..<400 where running != 0 {
        try await Task.sleep(for: .milliseconds(25))
        running = try await client.execute(uri: "/healthz", method: .get) { response in
          Support.text(response).contains("\"running\":0") ? 0 : 1
        }
      }
      #expect(running == 0)
    }
  }
}

/// The time limit on a check that cannot be interrupted.
struct TimeLimitTests {
  @Test func pastTheLimitTheAnswerComesAndTheJobIsReleasedOnlyWhenTheWorkEnds() async throws {
    let workMayEnd = DispatchSemaphore(value: 0)
    let released = Latch()
    await #expect(throws: TimeLimit.Exceeded.self) {
      _ = try await TimeLimit.run(within: .milliseconds(20)) {
        workMayEnd.wait()
        return 1
      } finally: {
        await released.release()
      }
    }
    #expect(await !released.isOpen)
    workMayEnd.signal()
    while await !released.isOpen { try await Task.sleep(for: .milliseconds(2)) }
  }

  @Test func withinTheLimitTheResultComes() async throws {
    let value = try await TimeLimit.run(within: .seconds(30)) {
      42
    } finally: {
    }
    #expect(value == 42)
  }
}
