/**
 * Number formats as ExcelJS reported them, so the core saw the same Grid when this reader replaced ExcelJS: the
 * built-in format ids Excel leaves out of styles.xml (ExcelJS's table, locale-neutral ids only), and ExcelJS's test
 * for a date format, which decides whether a number is a date.
 */
const BUILT_IN: Readonly<Record<number, string>> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

export function builtInFormat(id: number): string | undefined {
  return BUILT_IN[id];
}

/** A format with day, month, year or time parts outside quotes and brackets (ExcelJS's rule). */
export function isDateFormat(format: string): boolean {
  const bare = format.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "");
  return /[ymdhMsb]+/.test(bare);
}

/** 1899-12-30, Excel's day zero, in milliseconds. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/**
 * A date cell's serial day as the ExcelJS path gave it: ExcelJS turned the serial into a Date rounded to the
 * millisecond, and the Grid held that Date's serial again (always in the 1900 system).
 */
export function dateSerial(serial: number, date1904: boolean): number {
  const ms = Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * DAY_MS);
  return (ms - EXCEL_EPOCH_MS) / DAY_MS;
}

/** An ISO date cell (t="d") as a serial day. */
export function isoSerial(text: string): number | null {
  const iso = /[zZ]|[+-]\d\d:?\d\d$/.test(text) || !text.includes("T") ? text : `${text}Z`;
  const ms = Date.parse(/T/.test(iso) ? iso : `${iso}T00:00:00Z`);
  return Number.isNaN(ms) ? null : (ms - EXCEL_EPOCH_MS) / DAY_MS;
}
