import Testing

@testable import KeHoachLint

@Suite struct SHA256Tests {
  /// FIPS 180-4 test vectors (and a Vietnamese string checked with `sha256sum`).
  @Test(arguments: [
    ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
    ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
    (
      "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
    ),
    ("Kế hoạch", "4caeaa184af12abde106867a30c5460ff8c03b4b32195a6e36ae25feae59680c"),
  ])
  func knownDigests(_ input: String, _ expected: String) {
    #expect(SHA256.hex(Array(input.utf8)) == expected)
  }

  @Test func millionA() {
    #expect(
      SHA256.hex(Array(repeating: UInt8(ascii: "a"), count: 1_000_000))
        == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
  }
}
