/**
 * "Vì sao?" on the Check tab: on request, by keyboard, how each table was read and why a block beside it was not
 * checked, in the engine's own words, in both languages; axe finds nothing with it open.
 */
import { screen, within } from "@testing-library/react";
import axe from "axe-core";
import { finding } from "../../src/domain/findings";
import { describeRecognition } from "../../src/domain/messages";
import { READING_TEXTS } from "../../src/taskpane/validate/readingTexts";
import { FakeServices, PLAN_READINGS } from "./fakeServices";
import { openTab, panel, renderApp } from "./renderApp";

/**
 * jsdom lays nothing out, so Fluent's focus manager (Tabster) takes every element for hidden and sends Tab to the
 * page's top: as review.test.tsx does, an element is laid out unless it or a parent is `hidden`, and the page has a size.
 */
const offsetParent = Object.getOwnPropertyDescriptor(
  HTMLElement.prototype,
  "offsetParent",
);
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, "offsetParent", {
    configurable: true,
    get(this: HTMLElement) {
      return this.closest("[hidden]") ? null : this.parentElement;
    },
  });
  jest
    .spyOn(document.body, "getBoundingClientRect")
    .mockReturnValue({
      x: 0,
      y: 0,
      top: 0,
      left: 0,
      right: 320,
      bottom: 800,
      width: 320,
      height: 800,
      toJSON: () => ({}),
    });
});
afterAll(() => {
  if (offsetParent)
    Object.defineProperty(HTMLElement.prototype, "offsetParent", offsetParent);
  jest.restoreAllMocks();
});

async function checkedIn(lang: "vi" | "en") {
  const services = new FakeServices();
  services.settings = { ...services.settings, lang };
  const app = await renderApp(services);
  await openTab(app.user, lang === "vi" ? "Kiểm tra" : "Check");
  await app.user.click(
    within(panel()).getByRole("button", {
      name: lang === "vi" ? "Kiểm tra" : "Check",
    }),
  );
  await screen.findByText(lang === "vi" ? /^Đã kiểm tra/ : /^Checked/);
  return app;
}

/** Tabs from the focused summary until the disclosure's button has the focus (the keyboard's only way there). */
async function tabTo(
  user: Awaited<ReturnType<typeof checkedIn>>["user"],
  name: RegExp,
): Promise<HTMLElement> {
  for (let i = 0; i < 30; i++) {
    const at = document.activeElement as HTMLElement | null;
    if (at?.tagName === "BUTTON" && name.test(at.textContent ?? "")) return at;
    await user.tab();
  }
  throw new Error(
    `Tab never reached ${String(name)}; the focus is on ${document.activeElement?.outerHTML.slice(0, 120) ?? "nothing"}`,
  );
}

/** The lines of each table's explanation, by the table's heading. */
function explained(region: HTMLElement): Record<string, string[]> {
  return Object.fromEntries(
    within(region)
      .getAllByRole("heading", { level: 3 })
      .map((h) => {
        const table = h.closest("section") as HTMLElement;
        return [
          h.textContent ?? "",
          [...table.querySelectorAll("p, li")].map((e) => e.textContent ?? ""),
        ];
      }),
  );
}

describe("why a table was read as it was", () => {
  it("opens by keyboard under the findings, saying for each table its years, rows, headings and end, and why the budget beside it was not checked", async () => {
    const { user } = await checkedIn("vi");
    const button = await tabTo(user, /^Vì sao\?/);
    expect(button.getAttribute("aria-expanded")).toBe("false");
    expect(
      screen.queryByRole("region", { name: "Cách công cụ đọc các bảng" }),
    ).toBeNull();
    await user.keyboard("{Enter}");
    expect(button.getAttribute("aria-expanded")).toBe("true");
    const region = screen.getByRole("region", {
      name: "Cách công cụ đọc các bảng",
    });
    expect(button.getAttribute("aria-controls")).toBe(region.id);
    expect(explained(region)).toEqual({
      "Trang tính “Phụ lục”, A7:F14": [
        `Được kiểm tra. Vì ${describeRecognition(["indicator_rows"], "vi")}.`,
        "Cột nhãn: B7, theo tiêu đề cột.",
        "Cột năm: C7 “Năm 2023” là năm 2023; D7 “Năm 2024” là năm 2024; E7 “Mục tiêu năm 2025” là năm 2025.",
        "Không kiểm tra các cột: F7 “Thực hiện năm 2022”.",
        "Dòng 8: chỉ tiêu “Đưa nội dung lên nền tảng số”, khớp với “dua noi dung len cac nen tang so”",
        "Dòng 9: chỉ tiêu “Phân tích dữ liệu, AI”, ghi là “Ứng dụng trí tuệ nhân tạo”, khớp với “tri tue nhan tao”",
        "Dòng 10: “3. Nguồn nhân lực, an toàn thông tin” — tiêu đề mục, bảng vẫn tiếp tục",
        "Dòng 12: chỉ tiêu “Đào tạo chuyển đổi số”, ghi là “Đào tạo, bồi dưỡng kỹ năng chuyển đổi số”, khớp với “dao tao”, “chuyen doi so”",
        "Dòng 13: chỉ tiêu “An toàn thông tin cấp độ 3”, ghi là “ATTT cấp độ 3”, khớp với “attt cap do 3”",
        "Dòng 14: “Số người dùng ứng dụng báo chí” — không khớp chỉ tiêu chuẩn nào",
        "Bảng dừng trước dòng 15: dòng trống.",
      ],
      "Trang tính “Phụ lục”, H7:K10": [
        `Không được kiểm tra: không phải bảng chỉ tiêu. Vì ${describeRecognition(["money_words", "large_values", "no_indicator_row"], "vi")}.`,
        "Cột nhãn: H7, theo tiêu đề cột.",
        "Cột năm: I7 “Năm 2023” là năm 2023; J7 “Năm 2024” là năm 2024; K7 “Năm 2025” là năm 2025.",
        "Dòng 8: “Kinh phí chuyển đổi số (triệu đồng)” — không khớp chỉ tiêu chuẩn nào",
        "Dòng 9: “Ngân sách tỉnh” — không khớp chỉ tiêu chuẩn nào",
        "Bảng dừng trước dòng 10: dòng “Tổng cộng”.",
      ],
    });
    // The focus stays on the button, and the same key closes it.
    expect(document.activeElement).toBe(button);
    await user.keyboard("{Enter}");
    expect(button.getAttribute("aria-expanded")).toBe("false");
    expect(
      screen.queryByRole("region", { name: "Cách công cụ đọc các bảng" }),
    ).toBeNull();
  });

  it("says the same in English, opened with Space", async () => {
    const { user } = await checkedIn("en");
    await tabTo(user, /^Why\? How was this read\?/);
    await user.keyboard(" ");
    const lines = explained(
      screen.getByRole("region", { name: "How the tool read the tables" }),
    );
    expect(lines["Sheet “Phụ lục”, A7:F14"]).toEqual(
      expect.arrayContaining([
        "Checked. Because rows match the strategy's standard indicators.",
        "Label column: B7, by its header.",
        "Year columns: C7 “Năm 2023” is 2023; D7 “Năm 2024” is 2024; E7 “Mục tiêu năm 2025” is 2025.",
        "Columns not checked: F7 “Thực hiện năm 2022”.",
        "Row 10: “3. Nguồn nhân lực, an toàn thông tin” — a section heading; the table goes on",
        "Row 13: indicator “Electronic-press agencies with level-3+ information security”, typed as “ATTT cấp độ 3”, matched on “attt cap do 3”",
        "The table stops before row 15: a blank line.",
      ]),
    );
    expect(lines["Sheet “Phụ lục”, H7:K10"]?.[0]).toBe(
      `Not checked: not a target table. Because ${describeRecognition(["money_words", "large_values", "no_indicator_row"], "en")}.`,
    );
  });

  it("is not offered when the check read no table and refused no block", async () => {
    const services = new FakeServices();
    services.validation = { ...services.validation, readings: [] };
    const app = await renderApp(services);
    await openTab(app.user, "Kiểm tra");
    await app.user.click(
      within(panel()).getByRole("button", { name: "Kiểm tra" }),
    );
    await screen.findByText(/^Đã kiểm tra/);
    expect(
      within(panel()).queryByRole("button", { name: /^Vì sao\?/ }),
    ).toBeNull();
  });

  it("says why, when a workbook has no target table, the only block it has was not one", async () => {
    const services = new FakeServices();
    const noTable = finding({
      code: "workbook.no_target_table",
      sheet: "",
      cell: "",
      indicator: null,
      year: null,
      value: null,
    });
    services.validation = {
      tables: [],
      findings: [noTable],
      highlighted: 0,
      unhighlighted: [],
      readings: PLAN_READINGS.slice(1),
    };
    const app = await renderApp(services);
    await openTab(app.user, "Kiểm tra");
    await app.user.click(
      within(panel()).getByRole("button", { name: "Kiểm tra" }),
    );
    await screen.findAllByText("Chưa có bảng chỉ tiêu nào trong sổ làm việc.");
    await tabTo(app.user, /^Vì sao\?/);
    await app.user.keyboard("{Enter}");
    expect(
      Object.keys(
        explained(
          screen.getByRole("region", { name: "Cách công cụ đọc các bảng" }),
        ),
      ),
    ).toEqual(["Trang tính “Phụ lục”, H7:K10"]);
  });

  it("has the same words in both languages, none empty, none naming an API", () => {
    const all = (lang: "vi" | "en"): string[] =>
      Object.values(READING_TEXTS[lang]).flatMap((v) =>
        typeof v === "string"
          ? [v]
          : typeof v === "function"
            ? [String((v as (...a: unknown[]) => unknown)("C5", "x", 2025))]
            : Object.values(v),
      );
    expect(Object.keys(READING_TEXTS.en).sort()).toEqual(
      Object.keys(READING_TEXTS.vi).sort(),
    );
    expect(Object.keys(READING_TEXTS.en.whyRowKinds).sort()).toEqual(
      Object.keys(READING_TEXTS.vi.whyRowKinds).sort(),
    );
    for (const text of [...all("vi"), ...all("en")])
      expect([
        text,
        text.trim() !== "" && !/ExcelApi|Office\.js|\bAPI\b/.test(text),
      ]).toEqual([text, true]);
  });

  it("leaves axe nothing to find when open", async () => {
    const { user } = await checkedIn("vi");
    await tabTo(user, /^Vì sao\?/);
    await user.keyboard("{Enter}");
    expect(
      screen.getByRole("region", { name: "Cách công cụ đọc các bảng" }),
    ).toBeTruthy();
    const results = await axe.run(document.body, {
      resultTypes: ["violations"],
    });
    expect(
      results.violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
      ),
    ).toEqual([]);
  });
});
