/** Excel's own Vietnamese words (docs/glossary.md) in every text the tool shows or writes. */
import fs from "node:fs";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../..");

/** The "not" column of the glossary's table. */
function avoided(): string[] {
  const md = fs.readFileSync(path.join(ROOT, "docs/glossary.md"), "utf8");
  const rows = md.split("\n").filter((l) => l.startsWith("| ") && !l.startsWith("| English") && !l.startsWith("|---"));
  return rows.flatMap((l) => (l.split("|")[3] ?? "").split(",").map((w) => w.trim()).filter(Boolean));
}

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? files(p) : /\.(ts|tsx|html)$/.test(e.name) ? [p] : [];
  });
}

describe("the glossary", () => {
  it("names the words to avoid", () => {
    expect(avoided()).toEqual(expect.arrayContaining(["sổ tính", "bảng điều khiển"]));
  });

  it("is followed by every text in src/ and the manifest", () => {
    const words = avoided().map((w) => w.toLocaleLowerCase("vi"));
    const found = [...files(path.join(ROOT, "src")), path.join(ROOT, "manifest.xml")].flatMap((file) =>
      fs
        .readFileSync(file, "utf8")
        .split("\n")
        .flatMap((line, i) => words.filter((w) => line.toLocaleLowerCase("vi").includes(w)).map((w) => `${path.relative(ROOT, file)}:${i + 1}: “${w}”`)),
    );
    expect(found).toEqual([]);
  });
});
