/**
 * `pressdx demo` (npm run demo): the main job on the bundled example, on a fresh machine.
 * Writes examples/out/ and prints what a user would see.
 */
import fs from "node:fs";
import path from "node:path";
import type { CliContext } from "../context";
import { runInsert } from "./insert";
import { runValidate } from "./validate";

const EXAMPLES = path.resolve(__dirname, "../../../examples");

export async function runDemo(argv: readonly string[], ctx: CliContext): Promise<number> {
  if (argv.length) ctx.stderr("pressdx demo takes no arguments; ignoring them\n");
  const out = path.join(EXAMPLES, "out");
  fs.mkdirSync(out, { recursive: true });
  const rel = (p: string): string => path.relative(ctx.cwd, p) || p;

  const appendix = path.join(out, "phu-luc-quoc-gia.xlsx");
  ctx.stdout(`\n== 1. Chèn hai bảng chỉ tiêu chuẩn (preset national) ==\n$ pressdx insert ${rel(appendix)} --preset national --force\n`);
  await runInsert([rel(appendix), "--preset", "national", "--force"], ctx);

  ctx.stdout(`\n== 2. Kiểm tra bảng vừa chèn ==\n$ pressdx validate ${rel(appendix)}\n`);
  const inserted = await runValidate([rel(appendix)], ctx);

  const plan = path.join(EXAMPLES, "ke-hoach-mau.xlsx");
  const reviewed = path.join(out, "ke-hoach-mau.kiem-tra.xlsx");
  ctx.stdout(`\n== 3. Kiểm tra kế hoạch mẫu (có lỗi cố ý) ==\n$ pressdx validate ${rel(plan)} --out ${rel(reviewed)}\n`);
  fs.rmSync(reviewed, { force: true });
  const sample = await runValidate([rel(plan), "--out", rel(reviewed)], ctx);

  ctx.stdout(
    `\nKết quả: bảng chuẩn ${inserted === 0 ? "không có lỗi" : "CÓ LỖI"}; kế hoạch mẫu ${sample === 1 ? "có lỗi (như dự kiến)" : "không có lỗi (bất thường)"}.\n` +
      `Mở ${rel(reviewed)} để xem các ô được tô màu và trang “Kiểm tra”.\n`,
  );
  // The demo succeeds when the tool behaves as expected on both workbooks.
  return inserted === 0 && sample === 1 ? 0 : 1;
}
