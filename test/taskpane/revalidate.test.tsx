import { act, screen, within } from "@testing-library/react";
import { FakeServices } from "./fakeServices";
import { panel, renderApp, tab } from "./renderApp";

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

const advance = (ms: number) => act(async () => void jest.advanceTimersByTime(ms));

describe("re-validating as the user types", () => {
  it("validates once the edits pause, not at every edit, and quietly", async () => {
    const { user, services } = await renderApp(new FakeServices(), { fakeTimers: true });
    await user.click(tab("Kiểm tra"));
    await user.click(within(panel()).getByRole("switch", { name: "Kiểm tra lại khi tôi sửa" }));
    expect(services.editListeners).toBe(1);
    services.userEdits();
    await advance(500);
    services.userEdits();
    await advance(799);
    expect(services.callsOf("validate")).toHaveLength(0);
    await advance(1);
    expect(services.callsOf("validate")).toHaveLength(1);
    expect(within(panel()).getByText("Nhận diện 2 bảng chỉ tiêu.")).toBeTruthy();
    expect(screen.queryByText(/^Đã kiểm tra/)).toBeNull();
  });

  it("stops listening when switched off", async () => {
    const { user, services } = await renderApp(new FakeServices(), { fakeTimers: true });
    await user.click(tab("Kiểm tra"));
    const toggle = within(panel()).getByRole("switch", { name: "Kiểm tra lại khi tôi sửa" });
    await user.click(toggle);
    services.userEdits();
    await user.click(toggle);
    expect(services.editListeners).toBe(0);
    await advance(2000);
    expect(services.callsOf("validate")).toHaveLength(0);
  });

  it("is on from the start when the workbook says so, and stops listening when the pane goes away", async () => {
    const services = new FakeServices();
    services.settings = { ...services.settings, revalidateOnEdit: true };
    const { unmount } = await renderApp(services, { fakeTimers: true });
    expect(services.editListeners).toBe(1);
    unmount();
    expect(services.editListeners).toBe(0);
  });

  it("waits for a running command before validating again", async () => {
    const services = new FakeServices();
    services.held.add("clearHighlights");
    const { user } = await renderApp(services, { fakeTimers: true });
    await user.click(tab("Kiểm tra"));
    await user.click(within(panel()).getByRole("switch", { name: "Kiểm tra lại khi tôi sửa" }));
    await user.click(within(panel()).getByRole("button", { name: "Xóa đánh dấu" }));
    services.userEdits();
    await advance(800);
    expect(services.callsOf("validate")).toHaveLength(0);
    await act(async () => services.release());
    await advance(800);
    expect(services.callsOf("validate")).toHaveLength(1);
  });
});

describe("progress", () => {
  it("shows what is being done once a command has run for a moment", async () => {
    const services = new FakeServices();
    services.held.add("validate");
    const { user } = await renderApp(services, { fakeTimers: true });
    await user.click(tab("Kiểm tra"));
    await user.click(within(panel()).getByRole("button", { name: "Kiểm tra" }));
    await advance(199);
    expect(screen.queryByText("Đang kiểm tra các bảng chỉ tiêu…")).toBeNull();
    await advance(1);
    expect(screen.getByText("Đang kiểm tra các bảng chỉ tiêu…")).toBeTruthy();
    await act(async () => services.release());
    expect(screen.queryByText("Đang kiểm tra các bảng chỉ tiêu…")).toBeNull();
  });
});
