/**
 * A plan beside a data sheet of a million rows: the example plan with one more sheet, written straight into the
 * package (ExcelJS would need gigabytes to build it).
 */
import { promises as fs } from "node:fs";
import JSZip from "jszip";

export async function generateBigSheet(plan: string, file: string, rows = 1_000_000): Promise<void> {
  const zip = await JSZip.loadAsync(await fs.readFile(plan));
  const parts: string[] = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'];
  for (let r = 1; r <= rows; r++) parts.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="B${r}"><v>${(r * 7) % 1000}</v></c><c r="C${r}" t="inlineStr"><is><t>dòng ${r}</t></is></c></row>`);
  parts.push("</sheetData></worksheet>");
  zip.file("xl/worksheets/sheetBig.xml", parts.join(""));
  const wb = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  zip.file("xl/workbook.xml", wb.replace("</sheets>", '<sheet name="Dữ liệu lớn" sheetId="999" r:id="rIdBig"/></sheets>'));
  const rels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
  zip.file(
    "xl/_rels/workbook.xml.rels",
    rels.replace("</Relationships>", '<Relationship Id="rIdBig" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheetBig.xml"/></Relationships>'),
  );
  const types = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
  zip.file(
    "[Content_Types].xml",
    types.replace("</Types>", '<Override PartName="/xl/worksheets/sheetBig.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'),
  );
  await fs.writeFile(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 } }));
}
