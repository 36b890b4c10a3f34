import type { StandIn } from "../../src/standin";

describe("browser entry", () => {
  it("installs Excel, Office and OfficeExtension on window from window.__standinOptions", async () => {
    const win: Record<string, unknown> = {
      __standinOptions: { options: { platform: "OfficeOnline", apiVersion: "1.18" }, sheets: { "Kế hoạch": { A1: "STT" }, "Báo cáo": {} } },
    };
    (globalThis as unknown as { window: unknown }).window = win;
    try {
      await import("../../src/standin/browser");
      const standin = win["__standin"] as StandIn;
      expect(win["Excel"]).toBe(standin.Excel);
      expect(win["Office"]).toBe(standin.Office);
      expect(win["OfficeExtension"]).toBe(standin.OfficeExtension);
      expect(standin.model.sheetNames()).toEqual(["Kế hoạch", "Báo cáo"]);
      expect(standin.model.options).toMatchObject({ platform: "OfficeOnline", apiVersion: "1.18", payloadLimits: true });
    } finally {
      delete (globalThis as unknown as { window?: unknown }).window;
    }
  });
});
