#!/usr/bin/env python3
"""Writes a .docx as a Flat OPC "Word XML Document" (one XML file, pkg:package), the format
Word saves as "Word XML Document (*.xml)". Binary parts are stored base64 in pkg:binaryData.

Usage: scripts/docx-to-flat-opc.py IN.docx OUT.xml   (standard library only)"""
import base64
import re
import sys
import zipfile

PKG = "http://schemas.microsoft.com/office/2006/xmlPackage"


def content_types(archive):
    text = archive.read("[Content_Types].xml").decode("utf-8")
    defaults = dict(re.findall(r'<Default Extension="([^"]+)" ContentType="([^"]+)"', text))
    overrides = dict(re.findall(r'<Override PartName="([^"]+)" ContentType="([^"]+)"', text))
    return defaults, overrides


def convert(source, output):
    archive = zipfile.ZipFile(source)
    defaults, overrides = content_types(archive)
    parts = []
    for name in archive.namelist():
        if name == "[Content_Types].xml" or name.endswith("/"):
            continue
        part = "/" + name
        content_type = overrides.get(part) or defaults.get(name.rsplit(".", 1)[-1], "application/octet-stream")
        data = archive.read(name)
        if content_type.endswith("xml"):
            xml = re.sub(rb"^<\?xml[^>]*\?>\s*", b"", data).decode("utf-8")
            body = f"<pkg:xmlData>{xml}</pkg:xmlData>"
        else:
            body = f"<pkg:binaryData>{base64.b64encode(data).decode('ascii')}</pkg:binaryData>"
        parts.append(f'<pkg:part pkg:name="{part}" pkg:contentType="{content_type}">{body}</pkg:part>')
    with open(output, "w", encoding="utf-8") as handle:
        handle.write('<?xml version="1.0" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n')
        handle.write(f'<pkg:package xmlns:pkg="{PKG}">' + "".join(parts) + "</pkg:package>\n")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    convert(sys.argv[1], sys.argv[2])
