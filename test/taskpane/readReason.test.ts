/** Why a chosen file cannot be read, as the pane says it: in the pane's language, the reader's English detail only where it helps. */
import { WorkbookReadError } from "../../src/adapters/xlsx/readError";
import { readReason } from "../../src/taskpane/readFiles";

describe("the reason a report file cannot be read", () => {
  const damaged = new WorkbookReadError("corrupted", "10-hong.xlsx", "is damaged or incomplete (the zip directory is missing); copy or download it again");
  const large = new WorkbookReadError("too_large", "lon.xlsx", "refused: the file is 40 MiB, over the limit of 30 MiB (nothing of it was read)");

  it("is all Vietnamese for a damaged file in Vietnamese, and keeps the reader's detail in English", () => {
    expect(readReason(damaged, "vi")).toBe("tệp bị hỏng hoặc không đầy đủ; hãy sao chép hoặc tải lại");
    expect(readReason(damaged, "en")).toMatch(/^the file is damaged or incomplete; copy or download it again \(.*the zip directory is missing/);
  });

  it("gives the sizes of a file over the limits in both languages, and says what to do with an old .xls", () => {
    expect(readReason(large, "vi")).toBe("tệp vượt giới hạn đọc (refused: the file is 40 MiB, over the limit of 30 MiB (nothing of it was read))");
    expect(readReason(new WorkbookReadError("old_excel", "07.xls", "x"), "vi")).toBe("tệp Excel 97–2003 (.xls) cũ; hãy mở bằng Excel và lưu lại dưới dạng .xlsx");
  });
});
