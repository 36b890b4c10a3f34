/**
 * Saving an output: the temporary file is created exclusively under an unpredictable name (a planted link is never
 * followed), removed on failure and on SIGINT/SIGTERM, and every failure names the output, not the temporary file.
 */
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { XlsxFile } from "../../src/adapters/xlsx";
import { readWorkbookFile } from "../../src/adapters/xlsx/package/readPackage";

const ROOT = path.resolve(__dirname, "../..");
let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "pressdx-output-"));
});
afterEach(async () => {
  jest.restoreAllMocks();
  await fs.rm(dir, { recursive: true, force: true });
});

async function workbook(): Promise<XlsxFile> {
  const book = XlsxFile.create();
  await book.apply([{ sheet: "Dữ liệu", createSheet: true, cells: [{ address: "A1", value: "Chỉ tiêu" }] }]);
  return book;
}

const temporaries = async (): Promise<string[]> => (await fs.readdir(dir)).filter((n) => n.endsWith(".tmp"));

describe("the temporary file", () => {
  it("is named with 64 random bits, beside the output, and gone once the output is in place", async () => {
    const opened: string[] = [];
    const open = fs.open.bind(fs);
    jest.spyOn(fs, "open").mockImplementation(async (p, ...rest) => {
      opened.push(String(p));
      return open(p, ...rest);
    });
    const book = await workbook();
    const out = path.join(dir, "out.xlsx");
    await book.save(out);
    await book.save(out);
    expect(opened).toHaveLength(2);
    for (const p of opened) expect(path.relative(dir, p)).toMatch(/^\.out\.xlsx\.[0-9a-f]{16}\.tmp$/);
    expect(opened[0]).not.toBe(opened[1]);
    expect(await temporaries()).toEqual([]);
    expect((await readWorkbookFile(out)).sheets[0]?.sheet).toBe("Dữ liệu");
  });

  it("never follows a link planted at its name: the victim is untouched and the output is a file of its own", async () => {
    const victim = path.join(dir, "victim.txt");
    await fs.writeFile(victim, "do not touch");
    const planted = path.join(dir, `.out.xlsx.${"ab".repeat(8)}.tmp`);
    await fs.symlink(victim, planted);
    // The planter guessed the first name drawn; the second is another.
    const random = jest.spyOn(crypto, "randomBytes") as unknown as jest.SpyInstance<Buffer, [number]>;
    random.mockImplementationOnce(() => Buffer.from("ab".repeat(8), "hex"));
    const out = path.join(dir, "out.xlsx");
    await (await workbook()).save(out);
    expect(random).toHaveBeenCalledTimes(2);
    expect(await fs.readFile(victim, "utf8")).toBe("do not touch");
    expect((await fs.lstat(out)).isFile()).toBe(true);
    expect((await fs.lstat(planted)).isSymbolicLink()).toBe(true); // not ours: left as it was
    expect((await readWorkbookFile(out)).sheets[0]?.sheet).toBe("Dữ liệu");
  });
});

describe("failures name the output, and leave nothing behind", () => {
  it.each([
    ["a full disk", "open", "ENOSPC", "no space left on the disk"],
    ["a read-only disk", "rename", "EROFS", "its folder is on a read-only disk"],
    ["a folder the user may not write in", "rename", "EACCES", "no permission to write in its folder"],
  ] as const)("%s", async (_label, call, code, reason) => {
    const fail = async (p: unknown): Promise<never> => {
      throw Object.assign(new Error(`${code}: system error, ${call} '${String(p)}'`), { code, path: String(p) });
    };
    (jest.spyOn(fs, call) as unknown as jest.SpyInstance<Promise<never>, [unknown]>).mockImplementation(fail);
    const out = path.join(dir, "out.xlsx");
    const book = await workbook();
    const e = (await book.save(out).catch((x: unknown) => x)) as NodeJS.ErrnoException;
    expect(e.message).toBe(`${out}: cannot be written: ${reason}; nothing was written`);
    expect(e.code).toBe(code);
    jest.restoreAllMocks();
    expect(await temporaries()).toEqual([]);
    expect(await fs.readdir(dir)).toEqual([]);
  });
});

describe("signals", () => {
  it.each(["SIGINT", "SIGTERM"] as const)("%s while saving removes the temporary file and ends the process by that signal", async (signal) => {
    const out = path.join(dir, "out.xlsx");
    const child = spawn(process.execPath, [path.join(ROOT, "bin/run-ts.cjs"), path.join(ROOT, "test/support/saveUntilSignal.ts"), out], { stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (b: Buffer) => (stderr += b.toString()));
    await new Promise<void>((resolve, reject) => {
      child.stdout.on("data", (b: Buffer) => b.toString().includes("ready") && resolve());
      child.on("exit", () => reject(new Error(`the child ended before saving: ${stderr}`)));
    });
    expect(await temporaries()).toHaveLength(1); // written, not yet moved
    const ended = new Promise<NodeJS.Signals | null>((resolve) => child.on("exit", (_code, s) => resolve(s)));
    child.kill(signal);
    expect(await ended).toBe(signal);
    expect(await fs.readdir(dir)).toEqual([]);
  });
});
