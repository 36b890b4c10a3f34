/** A table refused as a target table says so, and why, in the validation's findings (issue 7: say why a table was not taken). */
import { MemoryWorkbook } from "../../src/adapters/memory";
import { renderMessage } from "../../src/domain/messages";
import { validateWorkbook } from "../../src/usecases/validateWorkbook";

describe("a budget table beside the appendix", () => {
  it("is named in an info finding with the reasons it was not taken, and raises nothing else", async () => {
    const wb = new MemoryWorkbook([
      {
        name: "Kinh phí",
        cells: {
          A1: { value: "Dự toán kinh phí (triệu đồng)" },
          A2: { value: "STT" }, B2: { value: "Nội dung" }, C2: { value: "Năm 2023" }, D2: { value: "Năm 2024" }, E2: { value: "Năm 2025" }, F2: { value: "Tổng cộng" },
          A3: { value: 1 }, B3: { value: "Nâng cấp hạ tầng, nền tảng số của Báo tỉnh" }, C3: { value: 1500 }, D3: { value: 2000 }, E3: { value: 2500 }, F3: { value: 6000 },
          A4: { value: 2 }, B4: { value: "Đào tạo, bồi dưỡng phóng viên" }, C4: { value: 150 }, D4: { value: 200 }, E4: { value: 250 }, F4: { value: 600 },
          B5: { value: "Tổng cộng" }, C5: { value: 1650 }, D5: { value: 2200 }, E5: { value: 2750 }, F5: { value: 6600 },
        },
      },
    ]);
    const report = await validateWorkbook(wb);
    expect(report.tables).toEqual([]);
    const refused = report.findings.filter((f) => f.code === "table.not_target");
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatchObject({ severity: "info", sheet: "Kinh phí" });
    expect(renderMessage(refused[0]!, "vi")).toBe(
      "Bảng A2:E4 không được coi là bảng chỉ tiêu (tiêu đề, cột hoặc đơn vị nói về tiền, kinh phí (triệu đồng, ngân sách...); có cột “Tổng cộng” cạnh các cột năm; có dòng “Tổng cộng” dưới các số liệu; phần lớn số liệu lớn hơn nhiều so với 100, không thể là tỷ lệ), nên không được kiểm tra.",
    );
    expect(report.findings.map((f) => f.code).sort()).toEqual(["table.not_target", "workbook.no_target_table"]);
  });
});
