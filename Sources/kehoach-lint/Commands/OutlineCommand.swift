import ArgumentParser
import Foundation
import KeHoachLint

/// Prints the section tree the linter sees, so a user can tell why a section was or was not
/// recognised.
struct OutlineCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "outline",
    abstract: "In cây mục lục mà công cụ nhận diện được (nhãn, tiêu đề, vị trí)."
  )

  @Argument(help: "Tệp kế hoạch.")
  var path: String

  @Option(help: "Ngôn ngữ thông báo: vi (mặc định) hoặc en.")
  var lang: Language = .vi

  func run() throws {
    try runReportingErrors(language: lang) {
      let document = try DocumentLoader().load(path)
      let outline = Outline(document: document)
      var output = ""
      if let title = document.header.title { output += "# \(title.text)\n" }
      func walk(_ nodes: [Outline.Node], depth: Int) {
        for node in nodes {
          let position = node.location.line.map { "\($0):\(node.location.column ?? 1)" } ?? node.location.paragraph.map { "¶\($0)" } ?? "?"
          let marker = node.isPoint ? "·" : "-"
          output += String(repeating: "  ", count: depth) + "\(marker) \(node.displayTitle)  [\(position)]\n"
          walk(node.children, depth: depth + 1)
        }
      }
      walk(outline.roots, depth: 0)
      FileHandle.standardOutput.write(Data(output.utf8))
    }
  }
}
