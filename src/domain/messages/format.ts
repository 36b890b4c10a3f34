/** Number formatting for messages: Vietnamese writes "66,7%", English "66.7%". */
export type Lang = "vi" | "en";

export function percent(fraction: number, lang: Lang): string {
  const p = Math.round(fraction * 1000) / 10;
  const text = Number.isInteger(p) ? String(p) : p.toFixed(1);
  return `${lang === "vi" ? text.replace(".", ",") : text}%`;
}

export function num(n: number, lang: Lang): string {
  return n.toLocaleString(lang === "vi" ? "vi-VN" : "en-US", { maximumFractionDigits: 2 });
}

/** A value as it appeared in the cell, quoted. */
export function quoted(v: string | number | null | undefined): string {
  if (v === null || v === undefined || v === "") return "(trống)";
  return `“${String(v)}”`;
}
