/**
 * `pressdx demo` (npm run demo): the whole chain on the bundled example, on a fresh machine:
 * insert the standard tables, validate a hand-made plan, consolidate three agencies' reports into it,
 * and write attainment as live formulas. Writes examples/out/ and prints what a user would see.
 */
import fs from "node:fs";
import path from "node:path";
import type { CliServices } from "../compositionRoot";
import type { CliContext } from "../context";
import { runAttain } from "./attain";
import { runConsolidate } from "./consolidate";
import { runInsert } from "./insert";
import { runValidate } from "./validate";

/** The project's examples folder, found upwards from this module (src/cli/commands/ or the built dist-cli/). */
function examplesFolder(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, "examples", "ke-hoach-mau.xlsx"))) return path.join(dir, "examples");
    if (path.dirname(dir) === dir) throw new Error("the bundled examples are not installed beside pressdx");
  }
}

export async function runDemo(argv: readonly string[], ctx: CliContext, services: CliServices): Promise<number> {
  if (argv.length) ctx.stderr("pressdx demo takes no arguments; ignoring them\n");
  const EXAMPLES = examplesFolder();
  const out = path.join(EXAMPLES, "out");
  fs.mkdirSync(out, { recursive: true });
  const rel = (p: string): string => path.relative(ctx.cwd, p) || p;
  const step = async (title: string, args: string[], run: (a: readonly string[], c: CliContext, s: CliServices) => Promise<number>) => {
    ctx.stdout(`\n== ${title} ==\n$ pressdx ${args.join(" ")}\n`);
    return run(args.slice(1), ctx, services);
  };

  const appendix = rel(path.join(out, "phu-luc-quoc-gia.xlsx"));
  const plan = rel(path.join(EXAMPLES, "ke-hoach-mau.xlsx"));
  const reviewed = rel(path.join(out, "ke-hoach-mau.kiem-tra.xlsx"));
  const reports = rel(path.join(EXAMPLES, "bao-cao"));
  const merged = rel(path.join(out, "ke-hoach-tong-hop.xlsx"));
  const attained = rel(path.join(out, "ke-hoach-danh-gia.xlsx"));

  const inserted = await step("1. Chèn hai bảng chỉ tiêu chuẩn (preset national)", ["insert", appendix, "--preset", "national", "--force"], runInsert);
  const insertedValid = await step("2. Kiểm tra bảng vừa chèn", ["validate", appendix], runValidate);
  const sample = await step("3. Kiểm tra kế hoạch mẫu của tỉnh Minh Sơn (có lỗi cố ý)", ["validate", plan, "--out", reviewed, "--force"], runValidate);
  const consolidated = await step(
    "4. Tổng hợp báo cáo của 3 cơ quan báo chí vào kế hoạch",
    ["consolidate", reports, "--into", plan, "-o", merged, "--force"],
    runConsolidate,
  );
  const attainment = await step("5. Ghi kết quả thực hiện (công thức sống) bên cạnh bảng chỉ tiêu", ["attain", merged, "-o", attained, "--force"], runAttain);

  // Expected on the bundled example: the standard tables are clean; the sample plan and the reports have
  // their planted errors (exit 1); attainment is written even though one report has an error.
  const asExpected =
    inserted === 0 && insertedValid === 0 && sample === 1 && consolidated === 1 && attainment <= 1 && fs.existsSync(attained);
  ctx.stdout(
    `\n${asExpected ? "Kết quả đúng như dự kiến." : "KẾT QUẢ KHÁC DỰ KIẾN."} Mở các tệp trong ${rel(out)}/:\n` +
      `  ${path.basename(reviewed)}  — ô lỗi được tô màu, trang “Kiểm tra” liệt kê từng phát hiện\n` +
      `  ${path.basename(merged)}  — bảng “Tổng hợp báo cáo” có nguồn gốc từng dòng\n` +
      `  ${path.basename(attained)}  — “Thực hiện”, “Tỷ lệ đạt”, “Đánh giá” bằng công thức, và biểu đồ mục tiêu/thực hiện\n`,
  );
  return asExpected ? 0 : 1;
}
