import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { StyleBook } from "../../src/adapters/xlsx/edit/styles";
import { recalcWithLibreOffice, requireLibreOffice } from "../support/libreoffice";
import { all, parseXml, type XmlEl } from "../support/xlsxParts";

const CORPUS = path.resolve(__dirname, "../fixtures/xlsx-corpus");
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** A stylesheet as Excel writes it, small enough to read: a bold font, a bordered and aligned xf, a custom format. */
const EXCEL = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="${MAIN}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">
  <numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts>
  <fonts count="2" x14ac:knownFonts="1">
    <font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>
    <font><b/><sz val="12"/><color theme="1"/><name val="Times New Roman"/><family val="1"/><charset val="163"/></font>
  </fonts>
  <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>
  <borders count="2">
    <border><left/><right/><top/><bottom/><diagonal/></border>
    <border><left style="thin"><color indexed="64"/></left><right style="thin"><color indexed="64"/></right><top style="thin"><color indexed="64"/></top><bottom style="thin"><color indexed="64"/></bottom><diagonal/></border>
  </borders>
  <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
  <cellXfs count="4">
    <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
    <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>
    <xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment vertical="center" wrapText="1"/><protection locked="0"/></xf>
    <xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
  </cellXfs>
  <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
  <dxfs count="0"/>
  <tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>
  <!-- kept as it is -->
  <extLst><ext uri="{EB79DEF2-80B8-43e5-95BD-54CBDDF9020C}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:slicerStyles defaultSlicerStyle="SlicerStyleLight1"/></ext></extLst>
</styleSheet>`;

/** The WPS / hand-made shape: every element x:-prefixed, no fonts, fills, borders or dxfs at all. */
const PREFIXED = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<x:styleSheet xmlns:x="${MAIN}"><x:numFmts count="1"><x:numFmt numFmtId="164" formatCode="0.0%"/></x:numFmts><x:cellXfs count="2"><x:xf numFmtId="0"/><x:xf numFmtId="9" applyNumberFormat="1"/></x:cellXfs></x:styleSheet>`;

/** The stylesheet as a namespace-aware parser reads it (throws when not well-formed or a prefix is unbound). */
function sheetOf(xml: string): XmlEl {
  const root = parseXml(xml);
  expect(root.local).toBe("styleSheet");
  return root;
}

function collection(root: XmlEl, local: string): XmlEl {
  const found = root.children.find((c) => c.local === local);
  if (!found) throw new Error(`no <${local}>`);
  return found;
}

function item(root: XmlEl, local: string, index: number): XmlEl {
  const found = collection(root, local).children[index];
  if (!found) throw new Error(`no ${local}[${index}]`);
  return found;
}

function kid(el: XmlEl, local: string): XmlEl | undefined {
  return el.children.find((c) => c.local === local);
}

/** Every collection's count says how many children it has. */
function expectCountsRight(root: XmlEl): void {
  for (const c of root.children) {
    if (c.attrs.count !== undefined) expect(`${c.local}:${c.attrs.count}`).toBe(`${c.local}:${c.children.length}`);
  }
}

/** The font, fill, border and number format an xf of the written stylesheet points at. */
function resolved(xml: string, xf: number): { xf: XmlEl; font: XmlEl; fill: XmlEl; border: XmlEl } {
  const root = sheetOf(xml);
  const el = item(root, "cellXfs", xf);
  return {
    xf: el,
    font: item(root, "fonts", Number(el.attrs.fontId ?? 0)),
    fill: item(root, "fills", Number(el.attrs.fillId ?? 0)),
    border: item(root, "borders", Number(el.attrs.borderId ?? 0)),
  };
}

/** A font's children as "name=val" (or the bare name), in order. */
function fontParts(font: XmlEl): string[] {
  return font.children.map((c) => (c.attrs.val !== undefined ? `${c.local}=${c.attrs.val}` : c.attrs.rgb !== undefined ? `${c.local}=${c.attrs.rgb}` : c.local));
}

describe("styles.xml editor: nothing asked, nothing changed", () => {
  it("gives the input back byte for byte", () => {
    const book = StyleBook.parse(EXCEL);
    expect(book.changed).toBe(false);
    expect(book.toXml()).toBe(EXCEL);
  });

  it("gives the base back, and stays unchanged, for a style the base already has", () => {
    const book = StyleBook.parse(EXCEL);
    expect(book.cellXf(1, { font: { bold: true } })).toBe(1);
    expect(book.cellXf(2, { vertical: "middle", wrap: true })).toBe(2);
    expect(book.cellXf(3, { numberFormat: "0.0%" })).toBe(3);
    expect(book.cellXf(0, {})).toBe(0);
    expect(book.changed).toBe(false);
    expect(book.toXml()).toBe(EXCEL);
  });
});

describe("styles.xml editor: cell styles", () => {
  it("adds a solid fill to the default style and keeps its font", () => {
    const book = StyleBook.parse(EXCEL);
    const xf = book.cellXf(0, { fill: "ffeb9c" });
    expect(xf).toBe(4);
    expect(book.changed).toBe(true);
    const r = resolved(book.toXml(), xf);
    expect(r.xf.attrs).toMatchObject({ fontId: "0", borderId: "0", numFmtId: "0", xfId: "0", applyFill: "1" });
    expect(r.xf.attrs.fillId).toBe("2");
    const pattern = kid(r.fill, "patternFill")!;
    expect(pattern.attrs.patternType).toBe("solid");
    expect(kid(pattern, "fgColor")?.attrs.rgb).toBe("FFFFEB9C");
  });

  it("merges a font colour into a bold base and keeps bold, size, name and charset", () => {
    const book = StyleBook.parse(EXCEL);
    const xf = book.cellXf(1, { font: { color: "C00000" } });
    const r = resolved(book.toXml(), xf);
    expect(r.xf.attrs).toMatchObject({ fontId: "2", applyFont: "1", xfId: "0" });
    expect(fontParts(r.font)).toEqual(["b", "sz=12", "color=FFC00000", "name=Times New Roman", "family=1", "charset=163"]);
  });

  it("turns bold, italic and underline on and off and sets the size", () => {
    const book = StyleBook.parse(EXCEL);
    const plain = book.cellXf(1, { font: { bold: false, italic: true, underline: true, size: 9 } });
    const r = resolved(book.toXml(), plain);
    expect(fontParts(r.font)).toEqual(["i", "u", "sz=9", "color", "name=Times New Roman", "family=1", "charset=163"]);
    expect(kid(r.font, "color")?.attrs.theme).toBe("1");
  });

  it("draws thin black borders on all four sides, and takes them off again", () => {
    const book = StyleBook.parse(EXCEL);
    const on = book.cellXf(0, { border: true });
    const xml = book.toXml();
    const r = resolved(xml, on);
    expect(r.xf.attrs.applyBorder).toBe("1");
    for (const side of ["left", "right", "top", "bottom"]) {
      const el = kid(r.border, side)!;
      expect(el.attrs.style).toBe("thin");
      expect(kid(el, "color")?.attrs.rgb).toBe("FF000000");
    }
    expect(kid(r.border, "diagonal")?.attrs.style).toBeUndefined();
    // Off: the stylesheet's own empty border 0, the alignment and protection of the base kept.
    const off = book.cellXf(2, { border: false });
    const o = resolved(book.toXml(), off);
    expect(o.xf.attrs.borderId).toBe("0");
    expect(kid(o.xf, "alignment")?.attrs).toEqual({ vertical: "center", wrapText: "1" });
    expect(kid(o.xf, "protection")?.attrs).toEqual({ locked: "0" });
  });

  it("merges alignment into the base: middle is center, wrap off drops wrapText, children stay in schema order", () => {
    const book = StyleBook.parse(EXCEL);
    const rightXf = book.cellXf(2, { horizontal: "right" });
    const right = resolved(book.toXml(), rightXf);
    expect(kid(right.xf, "alignment")?.attrs).toEqual({ vertical: "center", wrapText: "1", horizontal: "right" });
    expect(right.xf.children.map((c) => c.local)).toEqual(["alignment", "protection"]);

    const unwrappedXf = book.cellXf(2, { wrap: false, vertical: "top" });
    const unwrapped = resolved(book.toXml(), unwrappedXf);
    expect(kid(unwrapped.xf, "alignment")?.attrs).toEqual({ vertical: "top" });

    const fresh = book.cellXf(0, { vertical: "middle", horizontal: "center", wrap: true });
    const f = resolved(book.toXml(), fresh);
    expect(kid(f.xf, "alignment")?.attrs).toEqual({ vertical: "center", horizontal: "center", wrapText: "1" });
    expect(f.xf.attrs.applyAlignment).toBe("1");
  });

  it("keeps xfId, quotePrefix and the rest of the base xf's attributes", () => {
    const xml = EXCEL.replace(`<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>`, `<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" quotePrefix="1" applyFont="1"/>`);
    const book = StyleBook.parse(xml);
    const xf = book.cellXf(1, { fill: "DDEBF7" });
    const r = resolved(book.toXml(), xf);
    expect(r.xf.attrs).toMatchObject({ xfId: "0", quotePrefix: "1", fontId: "1", applyFont: "1" });
  });
});

describe("styles.xml editor: number formats", () => {
  it("uses the built-in id for a built-in code and 0 for General", () => {
    const book = StyleBook.parse(EXCEL);
    const pct = book.cellXf(0, { numberFormat: "0%" });
    expect(resolved(book.toXml(), pct).xf.attrs).toMatchObject({ numFmtId: "9", applyNumberFormat: "1" });
    expect(book.cellXf(3, { numberFormat: "General" })).not.toBe(3);
    expect(book.numberFormat(book.cellXf(3, { numberFormat: "General" }))).toBe("General");
    expect(book.numberFormat(pct)).toBe("0%");
    expect(sheetOf(book.toXml()).children.find((c) => c.local === "numFmts")?.children).toHaveLength(1); // nothing added
  });

  it("reuses a custom format with the same code", () => {
    const book = StyleBook.parse(EXCEL);
    const xf = book.cellXf(1, { numberFormat: "0.0%" });
    expect(resolved(book.toXml(), xf).xf.attrs.numFmtId).toBe("164");
    expect(book.numberFormat(xf)).toBe("0.0%");
  });

  it("adds a new code above the largest custom id, escaped, and reads it back", () => {
    const code = `#,##0 "đ";[Red]-#,##0 "<&>"`;
    const book = StyleBook.parse(EXCEL.replace(`numFmtId="164" formatCode="0.0%"`, `numFmtId="170" formatCode="0.0%"`));
    const xf = book.cellXf(0, { numberFormat: code });
    const again = book.cellXf(1, { numberFormat: code });
    const root = sheetOf(book.toXml());
    const formats = collection(root, "numFmts");
    expect(formats.attrs.count).toBe("2");
    expect(formats.children[1]?.attrs).toEqual({ numFmtId: "171", formatCode: code });
    expect(item(root, "cellXfs", again).attrs.numFmtId).toBe("171");
    expect(book.numberFormat(xf)).toBe(code);
    expect(book.numberFormat(0)).toBe("General");
    expect(book.numberFormat(99)).toBe("General");
  });

  it("starts custom ids at 164 in a stylesheet without any", () => {
    const book = StyleBook.parse(null);
    const xf = book.cellXf(0, { numberFormat: "0.000" });
    const root = sheetOf(book.toXml());
    expect(root.children[0]?.local).toBe("numFmts"); // created first, in schema order
    expect(item(root, "cellXfs", xf).attrs.numFmtId).toBe("164");
  });
});

describe("styles.xml editor: reuse", () => {
  it("gives the same index for the same base and style, and adds it once", () => {
    const book = StyleBook.parse(EXCEL);
    const style = { fill: "FFC7CE", font: { bold: true, color: "9C0006" }, border: true } as const;
    const first = book.cellXf(0, style);
    expect(book.cellXf(0, { ...style, font: { ...style.font } })).toBe(first);
    const root = sheetOf(book.toXml());
    expect(collection(root, "cellXfs").children).toHaveLength(5);
    expect(collection(root, "fills").children).toHaveLength(3);
  });

  it("reuses an identical xf however it was reached", () => {
    const book = StyleBook.parse(EXCEL);
    const both = book.cellXf(0, { fill: "D9E1F2", font: { bold: true } });
    const filled = book.cellXf(0, { fill: "D9E1F2" });
    expect(book.cellXf(filled, { font: { bold: true } })).toBe(both);
    expect(book.cellXf(both, { fill: "d9e1f2" })).toBe(both);
    expect(collection(sheetOf(book.toXml()), "fills").children).toHaveLength(3);
  });

  it("finds an xf the input already had, in a prefixed stylesheet too", () => {
    const plain = StyleBook.parse(EXCEL);
    expect(plain.cellXf(0, { numberFormat: "0.0%" })).toBe(3);
    expect(plain.cellXf(0, { font: { bold: true, size: 12 } })).toBe(4); // not xf 1: its font is Times New Roman
    expect(plain.changed).toBe(true);

    // The same stylesheet with every spreadsheetml element x:-prefixed (the extLst dropped: it has its own prefixes).
    const prefixed = EXCEL.replace(/\s*<!--[\s\S]*<\/extLst>/, "")
      .replace(/<(\/?)(?!\?)([A-Za-z]+[ />])/g, "<$1x:$2")
      .replace(`<x:styleSheet xmlns=`, `<x:styleSheet xmlns:x=`);
    expect(sheetOf(prefixed).children.every((c) => c.name.startsWith("x:") && c.uri === MAIN)).toBe(true);
    const book = StyleBook.parse(prefixed);
    expect(book.cellXf(0, { numberFormat: "0.0%" })).toBe(3);
    expect(book.cellXf(0, { vertical: "middle", wrap: true })).toBe(4);
    expect(book.cellXf(4, { border: true })).toBe(5);
    expect(book.cellXf(0, { border: true, vertical: "middle", wrap: true })).toBe(5);
    const xml = book.toXml();
    expectCountsRight(sheetOf(xml));
    expect(xml).toContain(
      `<x:xf numFmtId="0" fontId="0" fillId="0" borderId="2" xfId="0" applyAlignment="1" applyBorder="1"><x:alignment vertical="center" wrapText="1"/></x:xf></x:cellXfs>`,
    );
  });

  it("reuses Excel's own solid fill, whose bgColor does not show, and a font whose children are in another order", () => {
    const xml = EXCEL.replace(
      `<fill><patternFill patternType="gray125"/></fill></fills>`,
      `<fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFFFFF00"/><bgColor indexed="64"/></patternFill></fill></fills>`,
    ).replace(`</font>\n  </fonts>`, `</font><font><scheme val="minor"/><family val="2"/><name val="Calibri"/><color rgb="FFC00000"/><sz val="11"/><b/></font></fonts>`);
    const book = StyleBook.parse(xml);
    const xf = book.cellXf(0, { fill: "ffff00", font: { bold: true, color: "C00000" } });
    const root = sheetOf(book.toXml());
    expect(item(root, "cellXfs", xf).attrs).toMatchObject({ fillId: "2", fontId: "2" });
    expect(collection(root, "fills").children).toHaveLength(3);
    expect(collection(root, "fonts").children).toHaveLength(3);
  });

  it("does not add a default it has just seeded a second time", () => {
    const book = StyleBook.parse(PREFIXED);
    expect(book.cellXf(0, { font: { size: 11 } })).toBe(0);
    expect(book.cellXf(0, { border: false })).toBe(0);
    const root = sheetOf(book.toXml());
    expect(collection(root, "fonts").children).toHaveLength(1);
    expect(collection(root, "borders").children).toHaveLength(1);
    expect(collection(root, "cellXfs").children).toHaveLength(2);
  });

  it("keeps the base's own font, fill and border where the stylesheet holds duplicates of them", () => {
    const solid = `<fill><patternFill patternType="solid"><fgColor rgb="FFFFFF00"/></patternFill></fill>`;
    const xml = EXCEL.replace(`<fill><patternFill patternType="gray125"/></fill></fills>`, `<fill><patternFill patternType="gray125"/></fill>${solid}${solid}</fills>`)
      .replace(`</font>\n  </fonts>`, `</font><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>`)
      .replace(`<diagonal/></border>\n  </borders>`, `<diagonal/></border><border diagonalUp="0"><left/><right/><top/><bottom/><diagonal/></border></borders>`)
      .replace(`applyNumberFormat="1"/>\n  </cellXfs>`, `applyNumberFormat="1"/><xf numFmtId="0" fontId="2" fillId="3" borderId="2" xfId="0"/></cellXfs>`);
    const book = StyleBook.parse(xml);
    expect(book.cellXf(4, { font: { size: 11, bold: false }, fill: "FFFF00", border: false })).toBe(4);
    expect(book.changed).toBe(false);
    expect(book.cellXf(0, { fill: "FFFF00" })).toBe(5);
    expect(item(sheetOf(book.toXml()), "cellXfs", 5).attrs.fillId).toBe("2");
  });

  it("treats an out-of-range base as 0", () => {
    const book = StyleBook.parse(EXCEL);
    expect(book.cellXf(99, { fill: "FFFF00" })).toBe(book.cellXf(0, { fill: "FFFF00" }));
    expect(book.cellXf(-1, {})).toBe(0);
    expect(book.cellXf(1.5, {})).toBe(0);
  });
});

describe("styles.xml editor: conditional format styles (dxfs)", () => {
  it("opens a self-closed <dxfs/> and writes the fill as the pattern's background", () => {
    const book = StyleBook.parse(EXCEL);
    const red = book.dxf({ fill: "FFC7CE", font: { color: "9C0006", bold: true } });
    const plain = book.dxf({ font: { italic: false } });
    expect([red, plain]).toEqual([0, 1]);
    expect(book.dxf({ font: { bold: true, color: "9c0006" }, fill: "ffc7ce" })).toBe(red);
    const xml = book.toXml();
    const dxfs = collection(sheetOf(xml), "dxfs");
    expect(dxfs.attrs.count).toBe("2");
    const dxf = dxfs.children[0]!;
    expect(dxf.children.map((c) => c.local)).toEqual(["font", "fill"]); // CT_Dxf order
    expect(fontParts(kid(dxf, "font")!)).toEqual(["b", "color=FF9C0006"]);
    const pattern = kid(kid(dxf, "fill")!, "patternFill")!;
    expect(pattern.attrs.patternType).toBe("solid");
    expect(kid(pattern, "bgColor")?.attrs.rgb).toBe("FFFFC7CE");
    expect(kid(pattern, "fgColor")).toBeUndefined();
    expect(fontParts(kid(dxfs.children[1]!, "font")!)).toEqual(["i=0"]);
    expect(xml).toContain(`<dxfs count="2"><dxf><font><b/><color rgb="FF9C0006"/></font>`);
  });

  it("creates missing dxfs before tableStyles, and before the root's end when nothing follows", () => {
    const noDxfs = EXCEL.replace(`<dxfs count="0"/>`, "");
    const book = StyleBook.parse(noDxfs);
    expect(book.dxf({ fill: "C6EFCE" })).toBe(0);
    const xml = book.toXml();
    const root = sheetOf(xml);
    expect(root.children.map((c) => c.local)).toEqual(["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "extLst"]);
    expect(xml.replace(/<dxfs count="1">.*?<\/dxfs>/, "")).toBe(noDxfs);

    const bare = StyleBook.parse(PREFIXED);
    bare.dxf({ font: { bold: true } });
    expect(bare.toXml()).toMatch(/<\/x:cellXfs><x:dxfs count="1"><x:dxf><x:font><x:b\/><\/x:font><\/x:dxf><\/x:dxfs><\/x:styleSheet>$/);
  });
});

describe("styles.xml editor: prefixed and sparse stylesheets", () => {
  it("writes new elements with the root's prefix and creates missing collections with their defaults, in order", () => {
    const book = StyleBook.parse(PREFIXED);
    const xf = book.cellXf(1, { fill: "FFFF00", font: { bold: true }, border: true });
    expect(xf).toBe(2);
    const xml = book.toXml();
    const root = sheetOf(xml);
    for (const el of all(root, "styleSheet")[0]!.children.flatMap((c) => [c, ...c.children])) expect(el.uri).toBe(MAIN);
    expect(root.children.map((c) => c.name)).toEqual(["x:numFmts", "x:fonts", "x:fills", "x:borders", "x:cellXfs"]);
    expectCountsRight(root);
    // Fonts: Excel's default first, since every existing xf means font 0; fills 0 and 1 are Excel's reserved pair.
    expect(fontParts(item(root, "fonts", 0))).toEqual(["sz=11", "color", "name=Calibri", "family=2", "scheme=minor"]);
    expect(fontParts(item(root, "fonts", 1))).toEqual(["b", "sz=11", "color", "name=Calibri", "family=2", "scheme=minor"]);
    expect(collection(root, "fills").children.map((f) => kid(f, "patternFill")?.attrs.patternType)).toEqual(["none", "gray125", "solid"]);
    expect(item(root, "cellXfs", 2).attrs).toEqual({ numFmtId: "9", applyNumberFormat: "1", fontId: "1", applyFont: "1", fillId: "2", applyFill: "1", borderId: "1", applyBorder: "1" });
    // The bytes before the first new collection and the untouched numFmts are the input's.
    expect(xml.startsWith(PREFIXED.slice(0, PREFIXED.indexOf("<x:cellXfs")))).toBe(true);
  });

  it("seeds the default xf when cellXfs is empty, so index 0 keeps meaning the default", () => {
    const xml = `<styleSheet xmlns="${MAIN}"><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="0"/></styleSheet>`;
    const book = StyleBook.parse(xml);
    expect(book.cellXf(0, {})).toBe(0);
    expect(book.changed).toBe(false);
    expect(book.cellXf(0, { fill: "00FF00" })).toBe(1);
    const root = sheetOf(book.toXml());
    expect(item(root, "cellXfs", 0).attrs).toEqual({ numFmtId: "0", fontId: "0", fillId: "0", borderId: "0", xfId: "0" });
    expectCountsRight(root);
  });

  it("copies a base xf's extLst and pretty-printed children", () => {
    const xml = EXCEL.replace(
      `<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment vertical="center" wrapText="1"/><protection locked="0"/></xf>`,
      `<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1">\n      <protection locked="0"></protection>\n      <extLst><ext uri="{X}"><x14:thing xmlns:x14="urn:x14" v="a&amp;b"/></ext></extLst>\n    </xf>`,
    );
    const book = StyleBook.parse(xml);
    const xf = book.cellXf(2, { horizontal: "center" });
    const r = resolved(book.toXml(), xf);
    expect(r.xf.children.map((c) => c.local)).toEqual(["alignment", "protection", "extLst"]);
    expect(all(r.xf, "thing")[0]?.attrs.v).toBe("a&b");
  });

  it("default stylesheet: Calibri 11, none and gray125, one border, Normal, empty dxfs", () => {
    const book = StyleBook.parse(null);
    expect(book.changed).toBe(false);
    const root = sheetOf(book.toXml());
    expect(root.uri).toBe(MAIN);
    expect(root.children.map((c) => c.local)).toEqual(["fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles"]);
    expect(fontParts(item(root, "fonts", 0))).toEqual(["sz=11", "color", "name=Calibri", "family=2", "scheme=minor"]);
    expect(item(root, "cellStyles", 0).attrs).toMatchObject({ name: "Normal", xfId: "0", builtinId: "0" });
    expect(collection(root, "dxfs").children).toHaveLength(0);
    expectCountsRight(root);
    const bold = book.cellXf(0, { font: { bold: true } });
    expect(bold).toBe(1);
    expect(fontParts(resolved(book.toXml(), bold).font)[0]).toBe("b");
  });

  it("refuses a part that is not a stylesheet or not well-formed", () => {
    expect(() => StyleBook.parse(`<worksheet xmlns="${MAIN}"/>`)).toThrow(/styleSheet/);
    expect(() => StyleBook.parse(`<styleSheet xmlns="${MAIN}"><fonts count="1"><font></fonts></styleSheet>`)).toThrow(/well-formed/);
  });
});

describe("styles.xml editor: the corpus's stylesheets", () => {
  const style = { fill: "FFEEAA", font: { bold: true, color: "112233" }, border: true, vertical: "middle", numberFormat: `0.0 "x"` } as const;

  it.each(["openpyxl-plan", "libreoffice-plan", "wps-prefixed", "pressdx-attain"])("%s: unchanged byte for byte, and a styled xf that resolves", async (name) => {
    const zip = await JSZip.loadAsync(await fs.readFile(path.join(CORPUS, `${name}.xlsx`)));
    const input = await zip.file("xl/styles.xml")!.async("string");
    expect(StyleBook.parse(input).toXml()).toBe(input);

    const book = StyleBook.parse(input);
    const xf = book.cellXf(1, style);
    const dxf = book.dxf({ fill: "FFC7CE" });
    const xml = book.toXml();
    const root = sheetOf(xml);
    expectCountsRight(root);
    const r = resolved(xml, xf);
    expect(fontParts(r.font)).toEqual(expect.arrayContaining(["b", "color=FF112233"]));
    expect(kid(kid(r.fill, "patternFill")!, "fgColor")?.attrs.rgb).toBe("FFFFEEAA");
    expect(kid(r.border, "top")?.attrs.style).toBe("thin");
    expect(kid(r.xf, "alignment")?.attrs.vertical).toBe("center");
    expect(book.numberFormat(xf)).toBe(`0.0 "x"`);
    expect(item(root, "dxfs", dxf).children).toHaveLength(1);
    // What was not a grown collection is still there as it was written.
    const grown = ["numFmts", "fonts", "fills", "borders", "cellXfs", "dxfs"];
    for (const m of input.matchAll(/<((?:x:)?(cellStyleXfs|cellStyles|tableStyles|colors|extLst))\b[\s\S]*?(<\/\1>|\/>)/g)) {
      if (!grown.includes(m[2]!)) expect(xml).toContain(m[0]);
    }
    expect(xml.slice(0, xml.indexOf("<", 1 + xml.indexOf("styleSheet")))).toBe(input.slice(0, input.indexOf("<", 1 + input.indexOf("styleSheet"))));
  });
});

describe("styles.xml editor: spreadsheet programs read what it writes", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "pressdx-styles-"));
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  /** Sets a cell's s attribute in a sheet part ExcelJS wrote (every written cell has an r). */
  function setStyle(sheet: string, ref: string, s: number): string {
    const re = new RegExp(`<c r="${ref}"([^>]*?)(\\s+s="\\d+")?([^>]*?)(/?)>`);
    expect(sheet).toMatch(re);
    return sheet.replace(re, (_m, a: string, _s: string, b: string, close: string) => `<c r="${ref}"${a}${b} s="${s}"${close}>`);
  }

  /** A workbook by ExcelJS, its styles.xml and sheet1.xml replaced by what the editor makes of them. */
  async function restyled(file: string): Promise<void> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Kế hoạch");
    ws.getCell("A1").value = "Tiêu đề";
    ws.getCell("A1").font = { bold: true, size: 14, name: "Arial" };
    ws.getCell("B1").value = 1234.5;
    ws.getCell("C1").value = 0.25;
    ws.getCell("C1").numFmt = "0%";
    ws.getCell("D1").value = "x";
    const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
    const stylesXml = await zip.file("xl/styles.xml")!.async("string");
    let sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    const sOf = (ref: string): number => Number(new RegExp(`<c r="${ref}"[^>]*?\\ss="(\\d+)"`).exec(sheet)?.[1] ?? 0);

    const book = StyleBook.parse(stylesXml);
    const a1 = book.cellXf(sOf("A1"), { fill: "FFEB9C", font: { color: "9C0006" }, horizontal: "center", vertical: "middle" });
    const b1 = book.cellXf(sOf("B1"), { numberFormat: `#,##0.0 "đ"`, border: true });
    const c1 = book.cellXf(sOf("C1"), { font: { italic: true } });
    const d1 = book.cellXf(sOf("D1"), { wrap: true, font: { underline: true } });
    sheet = setStyle(setStyle(setStyle(setStyle(sheet, "A1", a1), "B1", b1), "C1", c1), "D1", d1);
    zip.file("xl/styles.xml", book.toXml());
    zip.file("xl/worksheets/sheet1.xml", sheet);
    await fs.writeFile(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  }

  /** `exact`: as written; otherwise as LibreOffice saves it again (it rewrites format codes into its own spelling). */
  async function expectStyles(file: string, opts: { exact: boolean }): Promise<void> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.worksheets[0]!;
    const a1 = ws.getCell("A1");
    expect(a1.value).toBe("Tiêu đề");
    expect(a1.fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FFFFEB9C" } });
    expect(a1.font).toMatchObject({ bold: true, size: 14, name: "Arial", color: { argb: "FF9C0006" } });
    expect(a1.alignment).toMatchObject({ horizontal: "center", vertical: "middle" });
    const b1 = ws.getCell("B1");
    if (opts.exact) expect(b1.numFmt).toBe(`#,##0.0 "đ"`);
    else expect(b1.numFmt.replace(/[" ]/g, "")).toBe("#,##0.0đ");
    expect(b1.border).toMatchObject({ left: { style: "thin" }, right: { style: "thin" }, top: { style: "thin" }, bottom: { style: "thin" } });
    const c1 = ws.getCell("C1");
    expect(c1.numFmt).toBe("0%");
    expect(c1.font?.italic).toBe(true);
    expect(ws.getCell("D1").alignment?.wrapText).toBe(true);
    expect(ws.getCell("D1").font?.underline).toBeTruthy();
  }

  it("ExcelJS reads fill, merged font, alignment, border and number formats back", async () => {
    const file = path.join(dir, "restyled.xlsx");
    await restyled(file);
    await expectStyles(file, { exact: true });
  });

  it("LibreOffice opens the file and keeps the styles when it saves it again", async () => {
    requireLibreOffice();
    const file = path.join(dir, "restyled-lo.xlsx");
    await restyled(file);
    const converted = await recalcWithLibreOffice([file]);
    const out = converted.get(file);
    expect(out).toBeDefined();
    try {
      await expectStyles(out!, { exact: false });
    } finally {
      await fs.rm(path.dirname(path.dirname(out!)), { recursive: true, force: true });
    }
  }, 120_000);
});
