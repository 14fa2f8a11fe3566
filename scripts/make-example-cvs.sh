#!/usr/bin/env bash
# Generates the example CVs that are not plain UTF-8 text, from the sources in scripts/example-cvs/:
#   - DOCX and ODT (WordprocessingML / OpenDocument XML written here, zipped in memory),
#   - PDF (a minimal PDF 1.4 with Courier text, so that `pdftotext -layout` gives the columns back),
#   - a Windows-1252 text file with CRLF line ends and a UTF-16LE text file with a byte-order mark;
# and the broken files the tests use, in Tests/PassformTestSupport/Fixtures/cvs/ (a truncated DOCX, a zip bomb,
# a DOCX holding another archive, a PDF that is not a CV, a PDF without text, invalid XML, an empty file).
#
# Needs python3 (standard library only). The output is deterministic: run it again and git shows no change.
# All people in the examples are fictional.
set -euo pipefail
cd "$(dirname "$0")/.."

python3 - <<'PY'
import io, os, zipfile
from xml.sax.saxutils import escape

SRC = "scripts/example-cvs"
OUT = "Examples/cvs"
FIX = "Tests/PassformTestSupport/Fixtures/cvs"
os.makedirs(OUT, exist_ok=True)
os.makedirs(FIX, exist_ok=True)

def source(name):
    with open(os.path.join(SRC, name + ".txt"), encoding="utf-8") as f:
        return f.read().rstrip("\n").split("\n")

def zip_bytes(entries):
    """entries: list of (name, bytes, compress). Fixed timestamps, so the bytes are the same every run."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        for name, data, compress in entries:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
            z.writestr(info, data)
    return buffer.getvalue()

def blocks(lines):
    """Markdown-ish source lines -> ('h', text) | ('li', text) | ('row', [cells]) | ('p', text)."""
    for line in lines:
        if line.startswith("# "):
            yield ("h", line[2:])
        elif line.startswith("- "):
            yield ("li", line[2:])
        elif " | " in line:
            yield ("row", line.split(" | "))
        else:
            yield ("p", line)

# ---------------------------------------------------------------- DOCX

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

def w_runs(text):
    # Split longer texts into two runs in the middle of a word, as Word does after an edit.
    if len(text) > 12:
        cut = len(text) // 2
        parts = [text[:cut], text[cut:]]
    else:
        parts = [text]
    return "".join('<w:r><w:t xml:space="preserve">%s</w:t></w:r>' % escape(p) for p in parts)

def w_paragraph(text, style=None, numbered=False):
    props = ""
    if style or numbered:
        props = "<w:pPr>"
        if style:
            props += '<w:pStyle w:val="%s"/>' % style
        if numbered:
            props += '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'
        props += "</w:pPr>"
    return "<w:p>%s%s</w:p>" % (props, w_runs(text))

def docx(name):
    body = []
    for kind, value in blocks(source(name)):
        if kind == "h":
            body.append(w_paragraph(value, style="Heading1"))
        elif kind == "li":
            body.append(w_paragraph(value, numbered=True))
        elif kind == "row":
            cells = "".join("<w:tc><w:tcPr><w:tcW w:w=\"4500\" w:type=\"dxa\"/></w:tcPr>%s</w:tc>" % w_paragraph(c) for c in value)
            body.append("<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tr>%s</w:tr></w:tbl>" % cells)
        else:
            body.append(w_paragraph(value))
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s'
                '<w:sectPr/></w:body></w:document>') % (W, "".join(body))
    content_types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '</Relationships>')
    return zip_bytes([("[Content_Types].xml", content_types.encode(), True), ("_rels/.rels", rels.encode(), True),
                      ("word/document.xml", document.encode("utf-8"), True)])

# ---------------------------------------------------------------- ODT

ODT_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"')

def odt_text(text):
    # Runs of spaces are written as <text:s text:c="n"/>, as OpenDocument requires.
    out, i = "", 0
    while i < len(text):
        if text[i] == " " and i + 1 < len(text) and text[i + 1] == " ":
            j = i
            while j < len(text) and text[j] == " ":
                j += 1
            out += ' <text:s text:c="%d"/>' % (j - i - 1)
            i = j
        else:
            out += escape(text[i])
            i += 1
    return out

def odt(name):
    body, in_list = [], False
    for kind, value in blocks(source(name)):
        if kind != "li" and in_list:
            body.append("</text:list>")
            in_list = False
        if kind == "h":
            body.append('<text:h text:outline-level="1">%s</text:h>' % odt_text(value))
        elif kind == "li":
            if not in_list:
                body.append("<text:list>")
                in_list = True
            body.append("<text:list-item><text:p>%s</text:p></text:list-item>" % odt_text(value))
        elif kind == "row":
            cells = "".join("<table:table-cell><text:p>%s</text:p></table:table-cell>" % odt_text(c) for c in value)
            body.append('<table:table table:name="T"><table:table-column table:number-columns-repeated="%d"/>'
                        '<table:table-row>%s</table:table-row></table:table>' % (len(value), cells))
        else:
            body.append("<text:p>%s</text:p>" % odt_text(value))
    if in_list:
        body.append("</text:list>")
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s office:version="1.2">'
               '<office:body><office:text>%s</office:text></office:body></office:document-content>') % (ODT_NS, "".join(body))
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        '</manifest:manifest>')
    return zip_bytes([("mimetype", b"application/vnd.oasis.opendocument.text", False),
                      ("META-INF/manifest.xml", manifest.encode(), True), ("content.xml", content.encode("utf-8"), True)])

# ---------------------------------------------------------------- PDF

def pdf(lines, with_text=True):
    """A minimal PDF: one A4 page per 60 lines, Courier 9 pt, WinAnsiEncoding (Windows-1252 bytes)."""
    pages = [lines[i:i + 60] for i in range(0, max(len(lines), 1), 60)] or [[]]
    objects = []  # index 0 -> object 1
    def add(body):
        objects.append(body)
        return len(objects)
    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>")
    pages_id = len(objects) + 1 + 2 * len(pages)  # written last
    page_ids = []
    for page in pages:
        if with_text:
            stream = b"BT /F1 9 Tf 11 TL 50 800 Td\n"
            for line in page:
                data = line.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
                stream += b"(" + data + b") Tj T*\n"
            stream += b"ET\n"
        else:
            stream = b"0.5 g 50 600 200 150 re f\n"  # a grey box standing in for a scanned image
        content = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream")
        page_ids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
                            b"/Resources << /Font << /F1 %d 0 R >> >> >>" % (pages_id, content, font)))
    kids = b" ".join(b"%d 0 R" % p for p in page_ids)
    assert add(b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(page_ids))) == pages_id
    catalog = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, catalog, xref)
    return bytes(out)

def write(path, data):
    with open(path, "wb") as f:
        f.write(data)

# ---------------------------------------------------------------- Examples

for name in ["sara-nilsson", "oskar-lund", "emma-wilson"]:
    write(f"{OUT}/{name}.docx", docx(name))
for name in ["johan-berg", "ingrid-dahl"]:
    write(f"{OUT}/{name}.odt", odt(name))
for name in ["maria-karlsson", "nora-berg", "viktor-sund"]:
    write(f"{OUT}/{name}.pdf", pdf(source(name)))
# Windows-1252 with CRLF line ends, as older Nordic HR systems export.
write(f"{OUT}/lina-ahmed.txt", "\r\n".join(source("lina-ahmed")).encode("cp1252") + b"\r\n")
# UTF-16LE with a byte-order mark, as Windows Notepad saves "Unicode".
write(f"{OUT}/per-olsson.txt", b"\xff\xfe" + ("\r\n".join(source("per-olsson")) + "\r\n").encode("utf-16-le"))

# ---------------------------------------------------------------- Broken files for the tests

whole = docx("sara-nilsson")
write(f"{FIX}/truncated.docx", whole[: len(whole) * 6 // 10])
bomb_document = b"<w:document " + W.encode() + b"><w:body><w:p><w:r><w:t>" + b" " * (40 << 20) + b"</w:t></w:r></w:p></w:body></w:document>"
write(f"{FIX}/zip-bomb.docx", zip_bytes([("[Content_Types].xml", b"<Types/>", True), ("word/document.xml", bomb_document, True)]))
write(f"{FIX}/nested-archive.docx", zip_bytes([("[Content_Types].xml", b"<Types/>", True),
                                              ("word/document.xml", b"<w:document " + W.encode() + b"><w:body/></w:document>", True),
                                              ("word/media/inner.zip", zip_bytes([("a.txt", b"a", True)]), False)]))
write(f"{FIX}/invoice.pdf", pdf(["FAKTURA 2026-0042", "", "Fakturadatum: 2026-10-15", "Förfallodatum: 2026-11-14",
                                 "", "Konsulttjänster oktober      12 500,00 kr", "Moms 25 %                     3 125,00 kr",
                                 "Att betala                   15 625,00 kr", "", "Bankgiro 123-4567"]))
write(f"{FIX}/no-text.pdf", pdf([], with_text=False))
write(f"{FIX}/invalid-europass.xml", b'<?xml version="1.0" encoding="UTF-8"?>\n<SkillsPassport xmlns="http://europass.cedefop.europa.eu/Europass">\n'
      b"  <LearnerInfo>\n    <Identification>\n      <PersonName><FirstName>Test</FirstName>\n    </Identification>\n")
write(f"{FIX}/empty.txt", b"")
write(f"{FIX}/not-a-pdf.pdf", b"This file was renamed to .pdf but is plain text.\n")
print("wrote examples to", OUT, "and fixtures to", FIX)
PY
