/**
 * A damaged or oversized file's detail in the user's language: English quotes the reader's words; Vietnamese names
 * only the part (the reader words its details in English), and adds nothing when no part is named.
 */
import { WorkbookReadError } from "../../src/adapters/xlsx/readError";
import { readErrorDetail } from "../../src/adapters/xlsx/readErrorWords";
import { asReadError } from "../../src/adapters/xlsx/package/partError";
import { tooLarge } from "../../src/adapters/xlsx/package/limits";

const damagedPart = asReadError("a.xlsx", "xl/worksheets/_rels/sheet1.xml.rels", new Error("unexpected end"));
const oversized = tooLarge("a.xlsx", "xl/worksheets/sheet1.xml", "nests elements more than 256 deep (the limit)");
const noDirectory = new WorkbookReadError("corrupted", "a.xlsx", "is damaged or incomplete (the zip directory is missing); copy or download it again");

describe("readErrorDetail", () => {
  it("quotes the reader's detail whole in English", () => {
    expect(readErrorDetail(damagedPart, "en")).toBe(" (is damaged: part xl/worksheets/_rels/sheet1.xml.rels: unexpected end)");
    expect(readErrorDetail(oversized, "en")).toBe(` (${oversized.reason})`);
  });

  it("names the part, and only the part, in Vietnamese", () => {
    expect(readErrorDetail(damagedPart, "vi")).toBe(" (phần bị hỏng: xl/worksheets/_rels/sheet1.xml.rels)");
    expect(readErrorDetail(oversized, "vi")).toBe(" (phần vượt giới hạn: xl/worksheets/sheet1.xml)");
    expect(readErrorDetail(noDirectory, "vi")).toBe("");
  });

  it("adds nothing to the kinds whose words say it all", () => {
    for (const kind of ["missing", "not_xlsx", "password_protected", "old_excel"] as const) {
      expect(readErrorDetail(new WorkbookReadError(kind, "a.xlsx", "part x.xml whatever"), "en")).toBe("");
    }
  });
});
