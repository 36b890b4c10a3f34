/** Renders the pane as the add-in does (FluentProvider + App) over a fake, with a user driving it. */
import { createDOMRenderer, FluentProvider, RendererProvider, webLightTheme } from "@fluentui/react-components";
import { act, render, screen } from "@testing-library/react";
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
        <App services={services} />
      </FluentProvider>
    </RendererProvider>,
  );
  // The stored settings load asynchronously (a few promise turns); let them apply before the test acts.
  await act(async () => {
    for (let i = 0; i < 5; i++) await Promise.resolve();
  });
  return { services, user, ...view };
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

/** The finding at a cell ("Phụ lục!C9"), found by its tooltip. */
export function findingAt(where: string, lang: "vi" | "en" = "vi"): HTMLElement {
  return screen.getByTitle(lang === "vi" ? `Chọn ô ${where}` : `Select cell ${where}`);
}

export function queryFindingAt(where: string): HTMLElement | null {
  return screen.queryByTitle(`Chọn ô ${where}`);
}
