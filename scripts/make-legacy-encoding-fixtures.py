#!/usr/bin/env python3
"""Writes the complete annual plan in the two pre-Unicode Vietnamese encodings drafts still
arrive in: TCVN3 (.VnTime fonts; glibc's iconv TCVN5712-1) and VNI-Windows (a base letter
followed by a shape/tone byte, as in the VNI font tables: "aù" = "á", "aá" = "ấ", "oâ" = "ô",
"ô" = "ơ", "ö" = "ư", "ñ" = "đ"). Usage: scripts/make-legacy-encoding-fixtures.py"""
import pathlib
import subprocess
import unicodedata

ROOT = pathlib.Path(__file__).resolve().parent.parent
SOURCE = ROOT / "Fixtures/markdown/good/ke-hoach-nam-2021.md"
OUT = ROOT / "Fixtures/hostile/encoding"

TONES = {"\u0301": "ù", "\u0300": "ø", "\u0309": "û", "\u0303": "õ", "\u0323": "ï"}
CIRCUMFLEX = {"": "â", "\u0301": "á", "\u0300": "à", "\u0309": "å", "\u0303": "ã", "\u0323": "ä"}
BREVE = {"": "ê", "\u0301": "é", "\u0300": "è", "\u0309": "ú", "\u0303": "ü", "\u0323": "ë"}
I_TONES = {"\u0301": "í", "\u0300": "ì", "\u0309": "æ", "\u0303": "ó", "\u0323": "ò"}


def vni_letter(ch):
    decomposed = unicodedata.normalize("NFD", ch)
    base, marks = decomposed[0], decomposed[1:]
    upper = base.isupper()
    low = base.lower()
    tone = next((m for m in marks if m in TONES), "")
    shape = next((m for m in marks if m in ("\u0302", "\u0306", "\u031b")), "")

    def case(text):
        return text.upper() if upper else text

    if ch in "đĐ":
        return case("ñ")
    if low == "i" and tone:
        return case(I_TONES[tone])
    if low == "y" and tone == "\u0323":
        return case("î")
    if shape == "\u0302":
        return case(low + CIRCUMFLEX[tone])
    if shape == "\u0306":
        return case("a" + BREVE[tone])
    if shape == "\u031b":
        horn = {"o": "ô", "u": "ö"}[low]
        return case(horn + (TONES[tone] if tone else ""))
    if tone:
        return case(low + TONES[tone])
    return ch


def to_vni(text):
    out = []
    for ch in unicodedata.normalize("NFC", text):
        out.append(vni_letter(ch) if ord(ch) > 127 and unicodedata.normalize("NFD", ch)[0].isalpha() else ch)
    return "".join(out).encode("cp1252")


text = SOURCE.read_text(encoding="utf-8")
(OUT / "ke-hoach-nam-2021-tcvn3.md").write_bytes(subprocess.run(["iconv", "-f", "UTF-8", "-t", "TCVN5712-1"], input=text.encode(), capture_output=True, check=True).stdout)
(OUT / "ke-hoach-nam-2021-vni.md").write_bytes(to_vni(text))
print("wrote", OUT)
