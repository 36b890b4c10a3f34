// `pressdx attain` in-process: JSON shape, human table, exit codes, and never writing over the input.
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { main } from "../../src/cli/main";
import type { CliContext } from "../../src/cli/context";
import { attainBook, plan, report } from "../support/attainBook";

const PRESET = plan({
  platforms: { 2023: { share: 0.5 } },
  revenue: { 2023: { share: 0.5, threshold: 0.1 } },
});

let dir: string;
let input: string;

function ctx(): CliContext & { out: string; err: string } {
  const c = { out: "", err: "", cwd: process.cwd(), now: () => new Date("2025-11-20T08:00:00Z") } as CliContext & { out: string; err: string };
  c.stdout = (t) => void (c.out += t);
  c.stderr = (t) => void (c.err += t);
  return c;
}

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "pressdx-attain-cli-"));
  input = path.join(dir, "plan.xlsx");
  const book = await attainBook({ preset: PRESET, reports: [report("Báo A", 2023), report("Báo B", 2023, { platforms: "Không", revenue: 10999 })] });
  await book.save(input);
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe("pressdx attain", () => {
  it("prints exactly the cells as JSON and writes the output", async () => {
    const c = ctx();
    const out = path.join(dir, "json.xlsx");
    expect(await main(["attain", input, "-o", out, "--json"], c)).toBe(0);
    const json = JSON.parse(c.out) as { blocks: Array<Record<string, unknown>>; cells: Array<Record<string, unknown>> };
    expect(Object.keys(json)).toEqual(["blocks", "cells"]);
    expect(json.blocks).toEqual([{ sheet: "Phụ lục", range: expect.any(String), blockSheet: "Phụ lục", block: expect.any(String), name: "PressDX_Attain_1", placed: "beside" }]);
    expect(json.cells.length).toBe(6);
    for (const cell of json.cells) expect(Object.keys(cell)).toEqual(["sheet", "cell", "indicator", "year", "kind", "value", "formula"]);
    expect(json.cells).toContainEqual(expect.objectContaining({ indicator: "revenue", year: 2023, kind: "actual", value: 0.5 }));
    expect(json.cells).toContainEqual(expect.objectContaining({ indicator: "platforms", year: 2023, kind: "status", value: "Đạt" }));
    await expect(fs.stat(out)).resolves.toBeTruthy();
  });

  it("prints a table per target table and where the file went", async () => {
    const c = ctx();
    const out = path.join(dir, "human.xlsx");
    expect(await main(["attain", input, "-o", out, "--lang", "en"], c)).toBe(0);
    expect(c.out).toContain("Phụ lục");
    expect(c.out).toMatch(/2023\s+50%\s+50% \(1\/2\)\s+100%\s+met/);
    expect(c.out).toContain(`Written: ${out}`);
  });

  it("refuses the input as output, an existing output without --force, and missing -o", async () => {
    expect(await main(["attain", input, "-o", input], ctx())).toBe(2);
    const out = path.join(dir, "exists.xlsx");
    await fs.writeFile(out, "x");
    expect(await main(["attain", input, "-o", out], ctx())).toBe(2);
    expect(await main(["attain", input, "-o", out, "--force"], ctx())).toBe(0);
    expect(await main(["attain", input], ctx())).toBe(2);
  });

  it("exits 2 on an unreadable file and 1 without an agency table", async () => {
    const bad = path.join(dir, "bad.xlsx");
    await fs.writeFile(bad, "not a workbook");
    expect(await main(["attain", bad, "-o", path.join(dir, "o1.xlsx")], ctx())).toBe(2);
    const lonely = path.join(dir, "lonely.xlsx");
    await (await attainBook({ preset: PRESET, reports: [] })).save(lonely);
    const c = ctx();
    expect(await main(["attain", lonely, "-o", path.join(dir, "o2.xlsx")], c)).toBe(1);
    expect(c.err).toContain("cơ quan báo chí");
  });

  it("says where the block went when the place beside the table holds the user's data", async () => {
    const first = ctx();
    const out = path.join(dir, "beside.xlsx");
    expect(await main(["attain", input, "-o", out, "--json"], first)).toBe(0);
    const beside = (JSON.parse(first.out) as { blocks: Array<{ block: string }> }).blocks[0]!.block;
    const noted = path.join(dir, "noted.xlsx");
    const book = await attainBook({ preset: PRESET, reports: [report("Báo A", 2023), report("Báo B", 2023, { platforms: "Không", revenue: 10999 })] });
    const corner = beside.split(":")[0]!;
    await book.apply([{ sheet: "Phụ lục", cells: [{ address: corner, value: "ghi chú" }] }]);
    await book.save(noted);
    const json = ctx();
    expect(await main(["attain", noted, "-o", path.join(dir, "noted-json.xlsx"), "--json"], json)).toBe(0);
    const block = (JSON.parse(json.out) as { blocks: Array<{ block: string; placed: string; blockSheet: string }> }).blocks[0]!;
    expect(block).toMatchObject({ placed: "right", blockSheet: "Phụ lục" });
    const column = block.block.replace(/\d.*$/, "");
    const text = ctx();
    expect(await main(["attain", noted, "-o", path.join(dir, "noted-text.xlsx"), "--lang", "en"], text)).toBe(0);
    expect(text.out).toContain(`written to ${block.block} (PressDX_Attain_1), to the right of the data beside the table, from column ${column}`);
    const vi = ctx();
    expect(await main(["attain", noted, "-o", path.join(dir, "noted-vi.xlsx")], vi)).toBe(0);
    expect(vi.out).toContain(`ghi vào ${block.block} (PressDX_Attain_1), bên phải dữ liệu sẵn có cạnh bảng, từ cột ${column}`);
  });
});
