import Foundation
import KeHoachLint

/// The YAML rule-pack and configuration loaders on arbitrary text: errors are fine, crashes
/// and hangs are not.
func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  let folder = NSTemporaryDirectory() + "kehoach-fuzz-\(getpid())"
  try? FileManager.default.createDirectory(atPath: folder + "/pack", withIntermediateDirectories: true)
  let packFile = folder + "/pack/pack.yml"
  FileManager.default.createFile(atPath: packFile, contents: Data(bytes))
  _ = try? RulePackLoader().loadPack(at: folder + "/pack")
  _ = try? ProjectConfiguration.load(packFile)
  return 0
}

/// libFuzzer's C entry point, for when its own `main` drives the run.
@_cdecl("LLVMFuzzerTestOneInput")
public func llvmFuzzerTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  fuzzOne(data, size)
}
