import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { ownerOfFormula } from "../../src/adapters/ownership";
import { WorkbookReadError } from "../../src/adapters/xlsx/readError";
import { XlsxFile } from "../../src/adapters/xlsx/xlsxFile";
import { PRESETS, type PresetId } from "../../src/domain/presets";
import { cellAt } from "../../src/sheet/grid";
import { layoutAppendix } from "../../src/sheet/layout/appendixLayout";
import type { SheetPatch } from "../../src/sheet/patch";
import { readValues, recalcWithLibreOffice, requireLibreOffice } from "../support/libreoffice";

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "pressdx-xlsx-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const BOTH = ["2023-2025", "2026-2030"] as const;
const SHEETS: ReadonlyArray<[PresetId, string]> = [
  ["national", "Quốc gia"],
  ["thai-binh", "Thái Bình"],
];

function appendix(preset: PresetId, sheet: string): SheetPatch {
  return layoutAppendix({ sheet, preset: PRESETS[preset], periods: BOTH, top: 0, left: 0, createSheet: true });
}

/** A saved workbook with one plain sheet holding a few kinds of value, for read() tests: a fixture ExcelJS writes. */
async function kitchenSink(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Dữ liệu");
  ws.getCell("B2").value = 0.67;
  ws.getCell("B2").numFmt = "0%";
  ws.getCell("C2").value = { richText: [{ text: "Kế hoạch " }, { text: "năm 2024", font: { bold: true } }] };
  ws.getCell("D2").value = true;
  ws.getCell("E2").value = { error: "#N/A" } as never;
  ws.getCell("F2").value = { formula: "B2*2", result: 1.34, date1904: false };
  ws.getCell("G2").value = new Date(Date.UTC(2025, 11, 15));
  ws.getCell("B4").value = "gộp";
  ws.mergeCells("B4:D4");
  ws.getCell("B5").value = "đậm";
  ws.getCell("B5").font = { bold: true };
  ws.getCell("B5").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
  ws.getCell("C5").value = "cùng kiểu";
  ws.getCell("C5").style = ws.getCell("B5").style;
  wb.definedNames.add("'Dữ liệu'!$B$2:$C$3", "Bang");
  await wb.xlsx.writeFile(file);
}

/** Reads a saved file back with ExcelJS, to look at what the writer put in it. */
async function readBack(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

describe("xlsx file: reading", () => {
  it("reads values, formulas with cached results, formats, merges and names", async () => {
    const file = path.join(dir, "sink.xlsx");
    await kitchenSink(file);
    const snap = await (await XlsxFile.load(file)).read();
    const grid = snap.sheets[0]!;
    expect(grid).toMatchObject({ sheet: "Dữ liệu", top: 1, left: 1, merges: ["B4:D4"] });
    expect(cellAt(grid, 1, 1)).toEqual({ value: 0.67, numberFormat: "0%" });
    expect(cellAt(grid, 1, 2)).toEqual({ value: "Kế hoạch năm 2024" });
    expect(cellAt(grid, 1, 3)).toEqual({ value: true });
    expect(cellAt(grid, 1, 4)).toEqual({ value: { error: "#N/A" } });
    expect(cellAt(grid, 1, 5)).toEqual({ value: 1.34, formula: "B2*2" });
    // 15/12/2025 is Excel serial day 46006.
    expect(cellAt(grid, 1, 6)?.value).toBe(46006);
    expect(cellAt(grid, 3, 1)?.value).toBe("gộp");
    expect(cellAt(grid, 3, 2)).toBeUndefined(); // merged away
    expect(snap.names).toEqual({ Bang: "'Dữ liệu'!$B$2:$C$3" });
  });

  it("reads 63 appendix sheets quickly", async () => {
    const book = XlsxFile.create();
    const ids = Object.keys(PRESETS) as PresetId[];
    await book.apply(Array.from({ length: 63 }, (_, i) => appendix(ids[i % ids.length]!, `Tỉnh ${i + 1}`)));
    const file = path.join(dir, "63.xlsx");
    await book.save(file);
    const loaded = await XlsxFile.load(file);
    // How fast is npm run bench's business; here, that all 63 sheets come back.
    const snap = await loaded.read();
    expect(snap.sheets).toHaveLength(63);
  });
});

describe("xlsx file: writing", () => {
  it("keeps value, formula, number format and font on a style-only write, and restyles only that cell", async () => {
    const file = path.join(dir, "style.xlsx");
    await kitchenSink(file);
    const book = await XlsxFile.load(file);
    await book.apply([
      {
        sheet: "Dữ liệu",
        cells: [
          { address: "B2", style: { fill: "FFC7CE" } },
          { address: "F2", style: { fill: "FFC7CE" } },
          { address: "B5", style: { fill: "FFC7CE" } },
        ],
      },
    ]);
    const out = path.join(dir, "style-out.xlsx");
    await book.save(out);
    const ws = (await readBack(out)).getWorksheet("Dữ liệu")!;
    expect(ws.getCell("B2").value).toBe(0.67);
    expect(ws.getCell("B2").numFmt).toBe("0%");
    expect(ws.getCell("F2").formula).toBe("B2*2");
    expect(ws.getCell("B5").font?.bold).toBe(true);
    expect(ws.getCell("B5").fill).toMatchObject({ fgColor: { argb: "FFFFC7CE" } });
    // C5 shared B5's style record in the file; it must keep its own fill.
    expect(ws.getCell("C5").fill).toMatchObject({ fgColor: { argb: "FFDDEBF7" } });
  });

  it("writes styles, validations, notes, names, conditional formats and links", async () => {
    const book = XlsxFile.create();
    await book.apply([
      appendix("thai-binh", "Thái Bình"),
      {
        sheet: "Kiểm tra",
        createSheet: true,
        cells: [{ address: "A1", value: "Xem ô C6", link: { sheet: "Thái Bình", cell: "C6" } }],
        names: [{ name: "PressDX_Review", range: "A1:A3" }],
        conditionalFormats: [{ owner: "test", range: "A1:A3", formula: "LEN(A1)>3", style: { fill: "FFEB9C" } }],
      },
    ]);
    const file = path.join(dir, "full.xlsx");
    await book.save(file);
    const again = await XlsxFile.load(file);
    const saved = await readBack(file);
    const ws = saved.getWorksheet("Thái Bình")!;
    expect(ws.getCell("A5").font?.bold).toBe(true);
    expect(ws.getCell("A5").alignment).toMatchObject({ horizontal: "center", vertical: "middle" });
    expect(ws.getCell("A5").border?.top?.style).toBe("thin");
    expect(ws.getCell("B6").alignment?.wrapText).toBe(true);
    expect(ws.getColumn(2).width).toBe(48);
    const dv = (ws as unknown as { dataValidations: { model: Record<string, { type: string; formulae: unknown[]; prompt?: string }> } })
      .dataValidations.model;
    // ExcelJS reads a rule's range back cell by cell.
    expect(dv.C6).toMatchObject({ type: "decimal", formulae: [0, 1] });
    expect(dv.C6?.prompt).toContain("từ 0% đến 100%");
    expect(dv.D9?.type).toBe("any");
    expect(ws.getCell("A2").note).toBe(PRESETS["thai-binh"].source);
    const review = saved.getWorksheet("Kiểm tra")!;
    expect(review.getCell("A1").formula).toBe(`HYPERLINK("#'Thái Bình'!C6","Xem ô C6")`);
    expect(review.getCell("A1").result).toBe("Xem ô C6");
    const rules = (review as unknown as { conditionalFormattings: Array<{ ref: string; rules: Array<{ formulae?: string[] }> }> }).conditionalFormattings;
    expect(rules.map((cf) => [cf.ref, ownerOfFormula(String(cf.rules[0]?.formulae?.[0]))])).toEqual([["A1:A3", "test"]]);
    expect((await again.read()).names).toEqual({ PressDX_Review: "'Kiểm tra'!$A$1:$A$3" });
    expect(await again.sheetNames()).toEqual(["Thái Bình", "Kiểm tra"]);
  });

  it("changes nothing when one patch of a batch is bad, and names the sheet and cell", async () => {
    const file = path.join(dir, "atomic.xlsx");
    await kitchenSink(file);
    const book = await XlsxFile.load(file);
    const before = await book.read();
    const good: SheetPatch = { sheet: "Dữ liệu", cells: [{ address: "B2", value: 0.1 }], merges: ["B8:C8"] };
    const created: SheetPatch = { sheet: "Mới", createSheet: true, cells: [{ address: "A1", value: "x" }] };
    await expect(book.apply([good, created, { sheet: "Dữ liệu", cells: [{ address: "ZZZZ1", value: 1 }] }])).rejects.toThrow(
      /sheet "Dữ liệu", ZZZZ1: not an A1 cell address/,
    );
    await expect(book.apply([good, { sheet: "Dữ liệu", cells: [], merges: ["C4:C5"] }])).rejects.toThrow(
      /sheet "Dữ liệu", C4:C5: overlaps merged area B4:D4/,
    );
    await expect(book.apply([good, { sheet: "Không có", cells: [{ address: "A1", value: 1 }] }])).rejects.toThrow(
      /sheet "Không có": no such sheet/,
    );
    expect(await book.read()).toEqual(before);
    expect(await book.sheetNames()).toEqual(["Dữ liệu"]);
  });
});

describe("xlsx file: classifying files that cannot be opened", () => {
  async function kindOf(file: string): Promise<[string, string]> {
    const e = await XlsxFile.load(file).then(
      () => null,
      (err: unknown) => err,
    );
    expect(e).toBeInstanceOf(WorkbookReadError);
    const err = e as WorkbookReadError;
    expect(err.message.startsWith(file)).toBe(true);
    expect(err.message).not.toContain("\n");
    return [err.kind, err.message];
  }

  it("tells a missing file", async () => {
    expect((await kindOf(path.join(dir, "nope.xlsx")))[0]).toBe("missing");
  });

  it("tells a text file renamed .xlsx, a CSV and a folder", async () => {
    const txt = path.join(dir, "notes.xlsx");
    await fs.writeFile(txt, "STT,Nội dung chỉ tiêu\n1,67%\n");
    expect((await kindOf(txt))[0]).toBe("not_xlsx");
    const csv = path.join(dir, "plan.csv");
    await fs.writeFile(csv, "a,b\n");
    expect(await kindOf(csv)).toEqual(["not_xlsx", expect.stringContaining("CSV")]);
    const folder = path.join(dir, "folder.xlsx");
    await fs.mkdir(folder, { recursive: true });
    expect((await kindOf(folder))[0]).toBe("not_xlsx");
  });

  it("tells a truncated xlsx as corrupted", async () => {
    const full = path.join(dir, "whole.xlsx");
    await kitchenSink(full);
    const bytes = await fs.readFile(full);
    const cut = path.join(dir, "cut.xlsx");
    await fs.writeFile(cut, bytes.subarray(0, Math.floor(bytes.length / 2)));
    expect((await kindOf(cut))[0]).toBe("corrupted");
  });

  it("tells a zip without xl/workbook.xml as not an xlsx", async () => {
    const full = path.join(dir, "whole2.xlsx");
    await kitchenSink(full);
    const bytes = await fs.readFile(full);
    // Same-length rename in the local headers and the central directory keeps the zip valid.
    const renamed = Buffer.from(bytes.toString("latin1").replaceAll("xl/workbook.xml", "xl/notebook.xml"), "latin1");
    const zip = path.join(dir, "renamed.xlsx");
    await fs.writeFile(zip, renamed);
    expect(await kindOf(zip)).toEqual(["not_xlsx", expect.stringContaining("xl/workbook.xml")]);
  });

  it("tells a password-protected workbook by its encryption stream, and an old .xls apart whatever its name", async () => {
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
    const locked = path.join(dir, "locked.xlsx");
    await fs.writeFile(locked, Buffer.concat([ole, Buffer.from("EncryptionInfo", "utf16le")]));
    expect(await kindOf(locked)).toEqual(["password_protected", expect.stringContaining("password")]);
    const renamed = path.join(dir, "renamed-xls.xlsx");
    await fs.writeFile(renamed, ole);
    expect(await kindOf(renamed)).toEqual(["old_excel", `${renamed}: is an old Excel 97–2003 (.xls) file; open it in Excel and save it as .xlsx`]);
    const xls = path.join(dir, "old.xls");
    await fs.writeFile(xls, ole);
    expect((await kindOf(xls))[0]).toBe("old_excel");
    const encryptedXls = path.join(dir, "locked.xls");
    await fs.writeFile(encryptedXls, Buffer.concat([ole, Buffer.from("EncryptionInfo", "utf16le")]));
    expect((await kindOf(encryptedXls))[0]).toBe("password_protected");
  });
});

describe("xlsx file through LibreOffice", () => {
  it("keeps every figure, percent format, compound text and formula after a real engine recomputes", async () => {
    requireLibreOffice(); // CI installs LibreOffice: a missing soffice is a failure, not a skip
    const patches = SHEETS.map(([id, sheet]) => appendix(id, sheet));
    const book = XlsxFile.create();
    await book.apply(patches);
    await book.apply([
      {
        sheet: "Thái Bình",
        cells: [
          { address: "J6", formula: "C6*2" },
          { address: "J7", formula: "SUM(C6:E6)" },
          { address: "J8", value: "về đầu", link: { sheet: "Quốc gia", cell: "A1" } },
        ],
      },
    ]);
    const file = path.join(dir, "roundtrip.xlsx");
    const second = path.join(dir, "second.xlsx");
    await book.save(file);
    await fs.copyFile(file, second); // two files: the harness converts a batch in one soffice call
    const converted = await recalcWithLibreOffice([file, second]);
    expect(converted.size).toBe(2);
    const values = await readValues(converted.get(file)!);

    let checked = 0;
    for (const patch of patches) {
      for (const w of patch.cells) {
        if (w.value === undefined) continue;
        const got = values.get(`${patch.sheet}!${w.address}`);
        if (w.value === null) {
          expect(got?.value ?? null).toBeNull();
        } else if (typeof w.value === "number") {
          expect(got?.value).toBeCloseTo(w.value, 12);
          if (w.style?.numberFormat) expect(got?.numberFormat).toBe(w.style.numberFormat);
          checked++;
        } else {
          expect(got?.value).toBe(w.value);
        }
      }
    }
    expect(checked).toBeGreaterThan(50);
    expect(values.get("Thái Bình!D9")?.value).toBe("33% cơ quan báo chí tăng doanh thu 10%");
    expect(values.get("Thái Bình!G18")?.value).toBe("67% cơ quan báo chí tăng doanh thu 20%");
    expect(values.get("Thái Bình!C6")?.numberFormat).toBe("0.0%");
    expect(values.get("Thái Bình!C7")).toMatchObject({ value: 0, numberFormat: "0%" });
    expect(values.get("Thái Bình!J6")?.value).toBeCloseTo(4 / 3, 12);
    expect(values.get("Thái Bình!J7")?.value).toBeCloseTo(2, 12);
    expect(values.get("Thái Bình!J8")?.value).toBe("về đầu");

    // LibreOffice keeps the merges and the validation rules.
    const lo = await XlsxFile.load(converted.get(file)!);
    const snap = await lo.read();
    expect(snap.sheets.map((s) => s.sheet)).toEqual(["Quốc gia", "Thái Bình"]);
    expect(snap.sheets[1]?.merges).toEqual(expect.arrayContaining(["A1:H1", "F5:H5"]));
    const dv = ((await readBack(converted.get(file)!)).getWorksheet("Thái Bình") as unknown as { dataValidations: { model: Record<string, { type: string }> } })
      .dataValidations.model;
    expect(dv.C6?.type).toBe("decimal");
    await fs.rm(path.dirname(path.dirname(converted.get(file)!)), { recursive: true, force: true });
  });
});
