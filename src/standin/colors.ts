/** Colours as Office.js returns them: "#RRGGBB" upper case; a few names accepted on input. */
const NAMES: Record<string, string> = {
  black: "#000000",
  white: "#FFFFFF",
  red: "#FF0000",
  green: "#008000",
  blue: "#0000FF",
  yellow: "#FFFF00",
  orange: "#FFA500",
  gray: "#808080",
  grey: "#808080",
  lightgreen: "#90EE90",
  lightgray: "#D3D3D3",
};

export function normalizeColor(v: unknown): string | undefined {
  if (typeof v !== "string") return undefined;
  const t = v.trim();
  if (/^#?[0-9a-fA-F]{6}$/.test(t)) return `#${t.replace("#", "").toUpperCase()}`;
  return NAMES[t.toLowerCase()];
}
