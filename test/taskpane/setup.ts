import { configure } from "@testing-library/react";

// jsdom lacks what Fluent UI v9 measures with; give it inert stand-ins.
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver;
window.matchMedia ??= ((query: string) => ({
  matches: false,
  media: query,
  onchange: null,
  addListener: () => undefined,
  removeListener: () => undefined,
  addEventListener: () => undefined,
  removeEventListener: () => undefined,
  dispatchEvent: () => false,
})) as unknown as typeof window.matchMedia;
// axe probes icon fonts with a canvas, which jsdom lacks; without one it skips that probe quietly.
HTMLCanvasElement.prototype.getContext = (() => null) as unknown as HTMLCanvasElement["getContext"];
// Tabs and texts load on demand: on a busy machine that can take longer than testing-library's default second.
configure({ asyncUtilTimeout: 5000 });
