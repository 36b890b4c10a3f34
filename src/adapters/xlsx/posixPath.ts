/**
 * The few "/"-path operations on part names that node:path's posix flavour gave the package code, without Node, so the
 * pane's build reads packages with the same code (test/adapters/posixPath.test.ts holds them to node:path's answers).
 */

export function posixNormalize(p: string): string {
  if (p === "") return ".";
  const absolute = p.startsWith("/");
  const out: string[] = [];
  for (const seg of p.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg !== "..") out.push(seg);
    else if (out.length > 0 && out[out.length - 1] !== "..") out.pop();
    else if (!absolute) out.push("..");
  }
  let joined = out.join("/");
  if (joined === "" && !absolute) joined = ".";
  if (joined !== "" && p.endsWith("/")) joined += "/";
  return absolute ? `/${joined}` : joined;
}

export function posixJoin(...parts: string[]): string {
  const kept = parts.filter((p) => p !== "");
  return kept.length === 0 ? "." : posixNormalize(kept.join("/"));
}

export function posixDirname(p: string): string {
  if (p === "") return ".";
  let end = p.length;
  while (end > 1 && p[end - 1] === "/") end--;
  const slash = p.lastIndexOf("/", end - 1);
  if (slash < 0) return ".";
  if (slash === 1 && p[0] === "/") return "//"; // POSIX keeps a leading "//", as node:path does
  return slash === 0 ? "/" : p.slice(0, slash);
}

/** `to` relative to `from`, both relative to one folder (part names are). */
export function posixRelative(from: string, to: string): string {
  const segs = (p: string): string[] => posixNormalize(p).split("/").filter((s) => s !== "" && s !== ".");
  const a = segs(from);
  const b = segs(to);
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return [...a.slice(common).map(() => ".."), ...b.slice(common)].join("/");
}
