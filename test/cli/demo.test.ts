/** `npm run demo` is the README's main job: it must run the whole chain and end as expected. */
import fs from "node:fs";
import path from "node:path";
import { pressdx } from "./capture";

const OUT = path.resolve(__dirname, "../../examples/out");

describe("pressdx demo", () => {
  it("inserts, validates, consolidates and writes attainment on the bundled example", async () => {
    const run = await pressdx("demo");
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    for (const step of ["== 1.", "== 2.", "== 3.", "== 4.", "== 5."]) expect(run.stdout).toContain(step);
    expect(run.stdout).toContain("Kết quả đúng như dự kiến.");
    for (const f of ["phu-luc-quoc-gia.xlsx", "ke-hoach-mau.kiem-tra.xlsx", "ke-hoach-tong-hop.xlsx", "ke-hoach-danh-gia.xlsx"]) {
      expect(fs.existsSync(path.join(OUT, f))).toBe(true);
    }
  });
});
