/** Renders the pane as the add-in does (FluentProvider + live region + App) over a fake, with a user driving it. */
import { AriaLiveAnnouncer, createDOMRenderer, FluentProvider, RendererProvider, webLightTheme } from "@fluentui/react-components";
import { act, render, screen, waitFor } from "@testing-library/react";
import userEvent, { PointerEventsCheckLevel } from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import { FakeServices } from "./fakeServices";

export async function renderApp(services = new FakeServices(), options: { fakeTimers?: boolean } = {}) {
  const user = userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never, ...(options.fakeTimers ? { advanceTimers: (ms: number) => jest.advanceTimersByTime(ms) } : {}) });
  const view = render(
    // Fluent's class rules go to a detached document: jsdom's getComputedStyle, which every role query calls on every
    // element, walks all style rules of the document and makes the suite many times slower with them.
    <RendererProvider renderer={createDOMRenderer(document.implementation.createHTMLDocument("styles"))} targetDocument={document}>
      <FluentProvider theme={webLightTheme}>
        <AriaLiveAnnouncer>
          <App services={services} />
        </AriaLiveAnnouncer>
      </FluentProvider>
    </RendererProvider>,
  );
  // The stored settings load asynchronously, and the Insert tab's code is loaded on demand: wait for both.
  await act(async () => {
    for (let i = 0; i < 5; i++) await Promise.resolve();
  });
  await openedPanel();
  // English texts are loaded on demand too.
  const lang = services.settings.lang;
  await waitFor(() => {
    if (document.querySelector("main")?.lang !== lang) throw new Error(`the pane is not in ${lang} yet`);
  });
  return { services, user, ...view };
}

/** The tab panel on show, once its code has loaded. */
export async function openedPanel(): Promise<HTMLElement> {
  await waitFor(() => {
    if (panel().querySelector("button, input, select") === null) throw new Error("the panel is still loading");
  });
  return panel();
}

/** Chooses a tab and waits for its panel. */
export async function openTab(user: ReturnType<typeof userEvent.setup>, label: string): Promise<HTMLElement> {
  await user.click(tab(label));
  return openedPanel();
}

/**
 * A tab by its label. Without Fluent's class rules in the document (see above), the tab's hidden twin of its label,
 * which keeps its width when bold, counts in its accessible name too ("Kiểm traKiểm tra").
 */
export function tab(label: string): HTMLElement {
  return screen.getByRole("tab", { name: new RegExp(`^${label}`) });
}

/** The tab panel on show; scoping queries to it keeps them quick. */
export function panel(): HTMLElement {
  const el = document.querySelector<HTMLElement>('[role="tabpanel"]:not([hidden])');
  if (!el) throw new Error("no tab panel on show");
  return el;
}

/** The rows of the findings tree on show, by a cheap selector (role queries over hundreds of rows are slow). */
export function treeRows(): HTMLElement[] {
  return [...panel().querySelectorAll<HTMLElement>('[role="treeitem"]')];
}

/** The finding row at a cell ("Phụ lục!C9"), found by its tooltip. */
export function findingAt(where: string, lang: "vi" | "en" = "vi"): HTMLElement {
  const title = lang === "vi" ? `Chọn ô ${where}` : `Select cell ${where}`;
  const el = treeRows().find((r) => r.title === title);
  if (!el) throw new Error(`no finding row at ${where}; rows: ${treeRows().map((r) => r.title || r.textContent).join(" | ")}`);
  return el;
}

export function queryFindingAt(where: string): HTMLElement | null {
  return treeRows().find((r) => r.title === `Chọn ô ${where}`) ?? null;
}

/** A button by its name (its aria-label or its text), found cheaply; throws when there is none. */
export function button(name: string, root: HTMLElement = panel()): HTMLElement {
  const el = [...root.querySelectorAll<HTMLElement>("button")].find((b) => (b.getAttribute("aria-label") ?? b.textContent?.trim()) === name);
  if (!el) throw new Error(`no button “${name}”`);
  return el;
}

/** A text field by its label, found cheaply. */
export function textbox(label: string, root: HTMLElement = panel()): HTMLInputElement {
  const l = [...root.querySelectorAll("label")].find((x) => x.textContent?.trim() === label);
  const el = l?.htmlFor ? document.getElementById(l.htmlFor) : null;
  if (!(el instanceof HTMLInputElement)) throw new Error(`no text field “${label}”`);
  return el;
}
