// The formula builders: shapes an Office 2019 / LibreOffice 7.4 engine accepts, and the mirror of what they read.
import { actualFormula, agencyRanges, FORMULA_YES, ratioFormula, statusFormula } from "../../src/sheet/layout/attainmentFormulas";
import { formulaYes, readAsFormulas } from "../../src/sheet/attainmentReading";
import { parseYesNo } from "../../src/domain/agency/report";
import { findAgencyTables } from "../../src/sheet/agencyForm";
import type { Grid } from "../../src/sheet/grid";
import { HEADERS } from "./rows";

const FIELDS = Object.keys(HEADERS) as Array<keyof typeof HEADERS>;

function grid(rows: ReadonlyArray<ReadonlyArray<string | number | boolean | null>>): Grid {
  return {
    sheet: "Báo cáo 2023",
    top: 0,
    left: 0,
    rows: [FIELDS.map((f) => ({ value: HEADERS[f] })), ...rows.map((r) => r.map((v) => (v === null ? undefined : { value: v })))],
  };
}

const TABLE = findAgencyTables(grid([[2023, "Báo A", "Có", 2, "Có", "Không", "Có", 10000, 11000, 50, 20, 3]]))[0]!;
const RANGES = [agencyRanges(TABLE)!];

describe("attainment formulas", () => {
  it("uses only functions Office 2019 and LibreOffice 7.4 compute, over absolute quoted ranges", () => {
    for (const id of ["platforms", "analytics_ai", "converged_newsroom", "revenue", "training", "security_level3"] as const) {
      const f = actualFormula(id, 2023, RANGES, "$Q$5")!;
      expect(f).not.toMatch(/XLOOKUP|FILTER|LET\(|LAMBDA|UNIQUE|IFERROR|SUMPRODUCT\(IF/);
      expect(f).toContain("'Báo cáo 2023'!$A$2:$A$2");
      expect(f.startsWith('IF(')).toBe(true);
    }
    expect(actualFormula("university_curriculum", 2023, RANGES)).toBeNull();
  });

  it("mirrors the exact integer threshold rule", () => {
    const f = actualFormula("revenue", 2024, RANGES, "$Q$5")!;
    expect(f).toContain('*10000>=--SUBSTITUTE(TEXT(');
    expect(f).toContain("(10000+ROUND($Q$5*10000,0))");
    expect(f).toContain('(TRIM(\'Báo cáo 2023\'!$A$2:$A$2)&""="2024")');
  });

  it("writes ratio and status as assess decides them", () => {
    expect(ratioFormula("N6", "M6")).toBe('IF(OR(N6="",M6=0),"",N6/M6)');
    expect(statusFormula("N6", "M6")).toBe('IF(N6="","—",IF(ROUND(N6,9)>=ROUND(M6,9),"Đạt","Chưa đạt"))');
  });

  it("accepts as yes only spellings the engine reads as yes", () => {
    for (const s of FORMULA_YES) expect(parseYesNo(s)).toBe(true);
    for (const v of ["Có", " C ó", "X", "✓", 1, true, "YES", "Đúng"]) expect(formulaYes(v)).toBe(true);
    for (const v of ["Không", "0", 0, false, 2, "có thể", null]) expect(formulaYes(v)).toBe(false);
  });

  it("reads rows as the formulas do: text numbers, odd spellings and empty rows", () => {
    const t = findAgencyTables(
      grid([
        ["2023", "Báo A", "c", null, "cò", "x", null, "1.500", 2000, 10, 5, "3"],
        [2023, "Báo B", null, null, null, null, null, null, null, null, null, null],
        [2023.0, "Báo C", "Không", null, "yes", null, null, 100, 90, null, null, null],
      ]),
    );
    const r = readAsFormulas(t);
    expect(r.blockers).toEqual([]);
    expect(r.reports.map((x) => x.agency)).toEqual(["Báo A", "Báo C"]);
    expect(r.reports[0]).toMatchObject({ year: 2023, electronic: true, platforms: false, analyticsAi: true, baseRevenue: null, securityLevel: null });
    expect(r.findings.map((f) => f.cell).sort()).toEqual(["E2", "H2", "L2"]);
  });

  it("blocks what the two engines would compute differently", () => {
    const t = findAgencyTables(grid([[2023, "Báo A", "Có", 2, "Có", "Có", "Có", true, 100, 1, 1, 3]]));
    expect(readAsFormulas(t).blockers.map((b) => b.cell)).toEqual(["H2"]);
  });
});
