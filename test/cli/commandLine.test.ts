/** The command line never surprises: every failure is one line and exit 2, outputs are checked before any work. */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { XlsxFile } from "../../src/adapters/xlsx/xlsxFile";
import { processContext } from "../../src/cli/main";
import { forStream, jsonLine, plain } from "../../src/cli/terminal";
import { pressdx, tempDir } from "./capture";

const ROOT = path.resolve(__dirname, "../..");
const PLAN = path.join(ROOT, "examples", "ke-hoach-mau.xlsx");
const REPORTS = path.join(ROOT, "examples", "bao-cao");
const CORPUS = path.join(ROOT, "test", "fixtures", "xlsx-corpus");

let dir: string;
beforeAll(() => {
  dir = tempDir();
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const oneLine = (text: string): void => {
  expect(text.endsWith("\n")).toBe(true);
  expect(text.trimEnd()).not.toContain("\n");
  expect(text).not.toMatch(/\bat .*\.(ts|js):\d+/);
};

describe("outputs are checked before any work", () => {
  const cases: Array<[string, (out: string) => string[]]> = [
    ["insert", (out) => ["insert", out]],
    ["validate --out", (out) => ["validate", PLAN, "--out", out]],
    ["consolidate", (out) => ["consolidate", REPORTS, "-o", out]],
    ["attain", (out) => ["attain", PLAN, "-o", out]],
  ];

  it.each(cases)("%s: a missing output folder is one line, exit 2", async (_name, argv) => {
    const out = path.join(dir, "khong-co", "ra.xlsx");
    const r = await pressdx(...argv(out));
    expect(r.code).toBe(2);
    oneLine(r.stderr);
    expect(r.stderr).toContain(`folder ${path.join(dir, "khong-co")} does not exist`);
  });

  it.each(cases)("%s: an output that is a folder is one line, exit 2", async (_name, argv) => {
    const folder = path.join(dir, "thu-muc.xlsx");
    fs.mkdirSync(folder, { recursive: true });
    const r = await pressdx(...argv(folder), "--force");
    expect(r.code).toBe(2);
    oneLine(r.stderr);
    expect(r.stderr).toContain(`${folder} is a folder; give a file name ending in .xlsx`);
  });

  it.each(cases)("%s: an output not named .xlsx is refused", async (_name, argv) => {
    const r = await pressdx(...argv(path.join(dir, "ra.csv")));
    expect(r.code).toBe(2);
    oneLine(r.stderr);
    expect(r.stderr).toContain("the output must be an .xlsx file (or .xlsm for a copy of a macro workbook)");
  });

  it.each(cases)("%s: an .xlsm output of a workbook without macros is refused (Excel would not open it)", async (_name, argv) => {
    const out = path.join(dir, "ra.xlsm");
    const r = await pressdx(...argv(out));
    expect(r.code).toBe(2);
    oneLine(r.stderr);
    expect(r.stderr).toMatch(/holds no macros(, so the copy must be an \.xlsx|; name it \.xlsx)/);
    expect(fs.existsSync(out)).toBe(false);
  });
});

describe("creating an output is no-clobber", () => {
  it("does not replace a file that appeared after the checks, unless asked to", async () => {
    const out = path.join(dir, "dua.xlsx");
    fs.writeFileSync(out, "written by another run");
    const book = XlsxFile.create();
    await book.apply([{ sheet: "A", createSheet: true, cells: [{ address: "A1", value: 1 }] }]);
    await expect(book.save(out, { replace: false })).rejects.toMatchObject({ code: "EEXIST" });
    expect(fs.readFileSync(out, "utf8")).toBe("written by another run");
    expect(fs.readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    await book.save(out, { replace: true });
    expect(fs.readFileSync(out).subarray(0, 2).toString()).toBe("PK");
  });
});

describe("two runs writing the same output", () => {
  it("cannot both succeed: one writes it, the other is refused in one line, and no temporary file is left", async () => {
    const folder = path.join(dir, "cung-ten");
    fs.mkdirSync(folder);
    const out = path.join(folder, "phu-luc.xlsx");
    const run = (): Promise<{ code: number | null; stderr: string }> =>
      new Promise((resolve) => {
        const child = spawn(process.execPath, [path.join(ROOT, "bin", "pressdx.cjs"), "insert", out], { cwd: ROOT });
        let stderr = "";
        child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
        child.on("close", (code) => resolve({ code, stderr }));
      });
    const runs = await Promise.all([run(), run(), run()]);
    expect(runs.map((r) => r.code).sort()).toEqual([0, 2, 2]);
    for (const r of runs.filter((x) => x.code === 2)) {
      oneLine(r.stderr);
      expect(r.stderr).toMatch(/phu-luc\.xlsx.*(already exists|EEXIST)/);
    }
    expect(fs.readdirSync(folder)).toEqual(["phu-luc.xlsx"]);
  });
});

describe("macro workbooks and old files", () => {
  it("refuses an .xlsx copy of a macro workbook rather than drop its macros", async () => {
    const file = path.join(CORPUS, "wps-macro.xlsm");
    const r = await pressdx("attain", file, "-o", path.join(dir, "macro-copy.xlsx"));
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `pressdx attain: ${file}: is a macro workbook; name the copy .xlsm (macro-copy.xlsm) so its macros are kept — pressdx never drops them\n`,
    );
    expect(fs.existsSync(path.join(dir, "macro-copy.xlsx"))).toBe(false);
  });

  it("writes an .xlsm copy of a macro workbook with its macro project and macro content type", async () => {
    const file = path.join(CORPUS, "wps-macro.xlsm");
    const out = path.join(dir, "macro-copy.xlsm");
    const r = await pressdx("validate", file, "--out", out);
    expect(r.code).toBeLessThan(2);
    const before = await JSZip.loadAsync(fs.readFileSync(file));
    const after = await JSZip.loadAsync(fs.readFileSync(out));
    const project = Object.keys(before.files).find((n) => /vbaProject\.bin$/i.test(n)) ?? "";
    expect(project).not.toBe("");
    expect(await after.file(project)?.async("base64")).toBe(await before.file(project)?.async("base64"));
    const workbookType = (types: string | undefined): string | undefined => /PartName="\/xl\/workbook\.xml" ContentType="([^"]*)"/.exec(types ?? "")?.[1];
    const type = workbookType(await after.file("[Content_Types].xml")?.async("string"));
    expect(type).toContain("macroEnabled.main+xml");
    expect(type).toBe(workbookType(await before.file("[Content_Types].xml")?.async("string")));
  });

  it("consolidating a folder reads .xlsm reports and lists .xls ones as unreadable with the reason", async () => {
    const folder = path.join(dir, "bao-cao-hon-hop");
    fs.mkdirSync(folder);
    fs.copyFileSync(path.join(REPORTS, "bao-minh-son.xlsx"), path.join(folder, "bao-minh-son.xlsm"));
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
    fs.writeFileSync(path.join(folder, "cu.xls"), ole);
    fs.writeFileSync(path.join(folder, "doi-ten.xlsx"), ole);
    fs.writeFileSync(path.join(folder, "ghi-chu.txt"), "not a spreadsheet");
    const r = await pressdx("consolidate", folder, "-o", path.join(dir, "hon-hop.xlsx"), "--json", "--lang", "en");
    expect(r.stderr).toBe("");
    const old = "an old Excel 97–2003 (.xls) file; open it in Excel and save it as .xlsx";
    expect((JSON.parse(r.stdout) as { sources: unknown[] }).sources).toEqual([
      { file: "bao-minh-son.xlsm", sheets: 2, tables: 2, rows: 4 },
      { file: "cu.xls", error: old },
      { file: "doi-ten.xlsx", error: old },
    ]);
  });

  it.each([
    ["validate", (file: string) => ["validate", file]],
    ["validate --out", (file: string) => ["validate", file, "--out", path.join(dir, "cu-ra.xlsx")]],
    ["insert --into", (file: string) => ["insert", path.join(dir, "cu-chen.xlsx"), "--into", file]],
  ])("%s calls an .xls renamed .xlsx an old Excel file, not a password-protected one", async (_name, argv) => {
    const file = path.join(dir, "doi-ten-cu.xlsx");
    fs.writeFileSync(file, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(1024)]));
    const r = await pressdx(...argv(file));
    expect(r.code).toBe(2);
    oneLine(r.stderr);
    expect(r.stderr).toContain(`${file}: is an old Excel 97–2003 (.xls) file; open it in Excel and save it as .xlsx`);
    expect(r.stderr).not.toMatch(/password|mật khẩu/i);
  });
});

describe("an output inside an input folder", () => {
  it("is not read as a report by the next consolidation of that folder", async () => {
    const folder = path.join(dir, "bao-cao-lap-lai");
    fs.mkdirSync(folder);
    for (const f of fs.readdirSync(REPORTS)) fs.copyFileSync(path.join(REPORTS, f), path.join(folder, f));
    const first = await pressdx("consolidate", folder, "-o", path.join(folder, "tong-hop.xlsx"), "--json");
    const second = await pressdx("consolidate", folder, "-o", path.join(folder, "tong-hop-2.xlsx"), "--json");
    type Out = { rows: number; findings: Array<{ code: string }>; sources: Array<{ file: string; tables?: number }> };
    const a = JSON.parse(first.stdout) as Out;
    const b = JSON.parse(second.stdout) as Out;
    expect(b.rows).toBe(a.rows);
    expect(b.findings.filter((f) => f.code === "report.duplicate")).toEqual(a.findings.filter((f) => f.code === "report.duplicate"));
    expect(b.sources.find((s) => s.file === "tong-hop.xlsx")).toMatchObject({ tables: 0 });
  });
});

describe("commands that write a copy", () => {
  it.each([
    ["attain", (input: string, out: string) => ["attain", input, "-o", out]],
    ["insert --into", (input: string, out: string) => ["insert", out, "--into", input]],
    ["validate --out", (input: string, out: string) => ["validate", input, "--out", out]],
  ])("%s refuses a zip bomb before ExcelJS loads it, in one line", async (_name, argv) => {
    const input = path.join(CORPUS, "hostile-bomb-lying.xlsx");
    const r = await pressdx(...argv(input, path.join(dir, "bomb-copy.xlsx")));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^pressdx \w+: .*hostile-bomb-lying\.xlsx: refused: part xl\/worksheets\/sheet1\.xml inflates beyond the 1 KiB its zip entry declares \(a damaged or hostile file\)\n$/);
    expect(fs.existsSync(path.join(dir, "bomb-copy.xlsx"))).toBe(false);
  });
});

describe("text from a workbook, on any stream", () => {
  it("is one visible line: every control, escape, line break and bidirectional override shows as its code", () => {
    expect(plain("Báo\u001b]0;title\u0007 A\u202eB\u2066C\r\n\tD\u009b2J\u2028")).toBe(
      "Báo\\u001b]0;title\\u0007 A\\u202eB\\u2066C\\u000d\\u000a\\u0009D\\u009b2J\\u2028",
    );
    expect(plain("4O%\u001b[8m\u001b[30;40m")).toBe("4O%\\u001b[8m\\u001b[30;40m");
  });

  it("keeps the tool's own line breaks and, where it colours, only its own colours", () => {
    expect(forStream("\u001b[31mLỖI\u001b[0m x\n", true)).toBe("\u001b[31mLỖI\u001b[0m x\n");
    expect(forStream("\u001b[8mẩn\u001b[2J\n", true)).toBe("\\u001b[8mẩn\\u001b[2J\n");
    expect(forStream("\u001b[31mLỖI\u001b[0m\n", false)).toBe("\\u001b[31mLỖI\\u001b[0m\n");
  });

  it("goes into JSON with the same meaning, the dangerous code points escaped", () => {
    const value = { label: "Báo \u202eTTH\u001b[2J\u009b\n" };
    const line = jsonLine(value);
    expect(line).toBe('{"label":"Báo \\u202eTTH\\u001b[2J\\u009b\\n"}\n');
    expect(JSON.parse(line)).toEqual(value);
  });
});

describe("what a command prints", () => {
  const tty = (stream: NodeJS.WriteStream, isTTY: boolean, f: (written: string[]) => void): void => {
    const written: string[] = [];
    const spy = jest.spyOn(stream, "write").mockImplementation((chunk: unknown) => (written.push(String(chunk)), true));
    const was = stream.isTTY;
    stream.isTTY = isTTY;
    try {
      f(written);
    } finally {
      stream.isTTY = was;
      spy.mockRestore();
    }
  };

  it("is neutralised on a terminal, on stdout and stderr alike", () => {
    tty(process.stdout, true, (out) => {
      processContext().stdout("Báo \u202eTTH\u001b[2J\n");
      expect(out).toEqual(["Báo \\u202eTTH\\u001b[2J\n"]);
    });
    tty(process.stderr, true, (err) => {
      processContext().stderr("tệp\u0007.xlsx\n");
      expect(err).toEqual(["tệp\\u0007.xlsx\n"]);
    });
  });

  it("is neutralised into a pipe or a file too, where no colour is ever written", () => {
    tty(process.stdout, false, (out) => {
      processContext().stdout("Báo \u202eTTH\u001b[31m\n");
      expect(out).toEqual(["Báo \\u202eTTH\\u001b[31m\n"]);
    });
  });
});

describe("the built command", () => {
  it("stops quietly when the reader of its output goes away (pressdx … | head)", async () => {
    const child = spawn(process.execPath, [path.join(ROOT, "bin", "pressdx.cjs"), "validate", PLAN], { cwd: ROOT });
    child.stdout.destroy();
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(stderr).toBe("");
    expect(code).toBe(1); // validate's own status: the example plan has errors
  });

  it("runs from plain JavaScript built into dist-cli/, without tsx", () => {
    const bin = fs.readFileSync(path.join(ROOT, "bin", "pressdx.cjs"), "utf8");
    expect(bin).not.toContain("tsx");
    expect(fs.existsSync(path.join(ROOT, "dist-cli", "pressdx.cjs"))).toBe(true);
  });
});
