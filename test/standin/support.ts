import type { ExcelRequestContext, StandIn, Worksheet } from "../../src/standin";

export interface CaughtError {
  code: string;
  message: string;
  debugInfo: { code: string; message: string; errorLocation?: string };
}

/** The error a promise rejects with; fails the test when it resolves. */
export async function rejection(p: Promise<unknown>): Promise<CaughtError> {
  try {
    await p;
  } catch (e) {
    return e as CaughtError;
  }
  throw new Error("expected a rejection");
}

/** Runs one batch against a sheet of the stand-in. */
export function onSheet<V>(s: StandIn, sheet: string, batch: (ws: Worksheet, ctx: ExcelRequestContext) => Promise<V>): Promise<V> {
  return s.Excel.run((ctx) => batch(ctx.workbook.worksheets.getItem(sheet), ctx));
}
