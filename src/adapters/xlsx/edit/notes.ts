/**
 * Notes (Excel's legacy comments) written into a package in place: the text lives in the sheet's comments part,
 * and Excel draws each note from a shape in the sheet's VML drawing, so both get an entry per note. The user's
 * own comments and shapes stay as they are.
 */
import { a1, parseA1 } from "../../../sheet/a1";
import { CONTENT_TYPE, REL, relativeTarget, resolveTarget } from "../ooxml";
import type { PackageEdit } from "./packageEdit";
import { addSheetRef, relKind, sheetRef } from "./sheetParts";
import { escText, insertChild, ooxmlText, opened, outline, prefixOf, root, splice, withContent, type XmlWhere } from "./xmlEdit";

export const NOTE_AUTHOR = "PressDX Planner";

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const VML_NS = { v: "urn:schemas-microsoft-com:vml", o: "urn:schemas-microsoft-com:office:office", x: "urn:schemas-microsoft-com:office:excel" };
const COMMENTS_ORDER = ["authors", "commentList", "extLst"];
/** Excel numbers VML shapes in blocks of 1024 per drawing, the block named by the drawing's <o:idmap data>. */
const BLOCK = 1024;

interface Note {
  readonly row: number;
  readonly col: number;
  readonly text: string;
}

/**
 * Adds or replaces the notes (legacy comments) of the sheet part: a note at a cell that already has one gets the new
 * text (never a second comment); the user's other comments stay as they are. When the sheet has no comments part:
 * creates xl/commentsN.xml + xl/drawings/vmlDrawingN.vml (a shape per note, Excel's usual VML for a note, hidden),
 * the sheet's relationships (comments and vmlDrawing types), the content types (Override for comments; Default
 * "vml") and the sheet's <legacyDrawing r:id> element at its place in CT_Worksheet order. When it has them (through
 * the sheet's rels, whatever the part names or absolute targets), appends to both.
 */
export async function writeNotes(edit: PackageEdit, sheetPart: string, notes: ReadonlyArray<{ readonly address: string; readonly text: string }>): Promise<void> {
  if (notes.length === 0) return;
  // One note per cell, the last given winning, as a second comment on a cell would make Excel repair the file.
  const byCell = new Map<string, Note>();
  for (const n of notes) {
    const { row, col } = parseA1(n.address);
    byCell.set(a1(row, col), { row, col, text: n.text });
  }

  const commentsRel = (await edit.rels(sheetPart)).find((r) => !r.external && relKind(r.type) === "comments");
  let comments: string;
  let commentsPart: string;
  if (commentsRel) {
    commentsPart = resolveTarget(sheetPart, commentsRel.target);
    comments = addComments(await edit.mustText(commentsPart), byCell, edit.where(commentsPart));
    edit.set(commentsPart, comments);
  } else {
    const part = (commentsPart = edit.freeName("xl/comments", ".xml"));
    comments = addComments(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${MAIN_NS}"/>`, byCell, edit.where(part));
    edit.set(part, comments);
    await edit.setContentType(part, CONTENT_TYPE.comments);
    await edit.addRel(sheetPart, REL.comments, relativeTarget(sheetPart, part));
  }

  const legacy = await sheetRef(edit, sheetPart, "legacyDrawing");
  if (legacy && edit.has(legacy.part)) {
    edit.set(legacy.part, addShapes(await edit.mustText(legacy.part), [...byCell.values()]));
    return;
  }
  // A new VML drawing draws every comment of the sheet, the user's too (a comments part without one is not shown).
  const part = legacy?.part ?? edit.freeName("xl/drawings/vmlDrawing", ".vml");
  edit.set(part, newVml(await freeBlock(edit), commentCells(comments, edit.where(commentsPart))));
  if (part.toLowerCase().endsWith(".vml")) await edit.ensureDefault("vml", CONTENT_TYPE.vml);
  else await edit.setContentType(part, CONTENT_TYPE.vml);
  if (!legacy) await addSheetRef(edit, sheetPart, "legacyDrawing", await edit.addRel(sheetPart, REL.vmlDrawing, relativeTarget(sheetPart, part)));
}

/** The comments part with the notes: a cell's comment gets the new text, other cells get a new comment. */
function addComments(source: string, notes: ReadonlyMap<string, Note>, where: XmlWhere): string {
  let xml = opened(source, root(source, where).element);
  // Containers that are self-closed are opened first, so every later edit is an insertion inside an element.
  for (const name of ["authors", "commentList"]) {
    const span = root(xml, where).children.find((c) => c.name === name);
    if (span) xml = opened(xml, span);
  }
  // comments → commentList → comment → text
  const tree = outline(xml, where, 4);
  const p = prefixOf(tree);
  const rich = (text: string): string => `<${p}text><${p}r><${p}t xml:space="preserve">${ooxmlText(text)}</${p}t></${p}r></${p}text>`;
  const authors = tree.children.find((c) => c.name === "authors");
  const list = tree.children.find((c) => c.name === "commentList");
  const edits: Array<{ start: number; end: number; text: string }> = [];

  // A cell's comment keeps its author and attributes; only its text changes.
  const pending = new Map(notes);
  for (const comment of list?.children ?? []) {
    const key = comment.name === "comment" ? cellKey(comment.attrs.ref) : undefined;
    const note = key === undefined ? undefined : pending.get(key);
    if (!note || key === undefined) continue;
    pending.delete(key);
    const text = comment.children.find((c) => c.name === "text");
    if (text) edits.push({ start: text.start, end: text.end, text: rich(note.text) });
    else if (comment.innerStart !== comment.end) edits.push({ start: comment.innerStart, end: comment.innerStart, text: rich(note.text) });
    else edits.push({ start: comment.start, end: comment.end, text: withContent(xml, comment, rich(note.text)) });
  }

  const names = (authors?.children ?? []).filter((c) => c.name === "author").map((c) => c.text);
  let authorId = names.indexOf(NOTE_AUTHOR);
  const authorEl = `<${p}author>${escText(NOTE_AUTHOR)}</${p}author>`;
  const needAuthor = authorId < 0 && pending.size > 0;
  if (needAuthor) {
    authorId = names.length;
    if (authors) edits.push({ start: authors.innerEnd, end: authors.innerEnd, text: authorEl });
  }
  const added = [...pending.entries()].map(([ref, n]) => `<${p}comment ref="${ref}" authorId="${authorId}">${rich(n.text)}</${p}comment>`).join("");
  if (list && added) edits.push({ start: list.innerEnd, end: list.innerEnd, text: added });

  for (const e of edits.sort((a, b) => b.start - a.start)) xml = splice(xml, e.start, e.end, e.text);
  if (!authors && needAuthor) xml = insertChild(xml, where, COMMENTS_ORDER, "authors", `<${p}authors>${authorEl}</${p}authors>`);
  if (!list && added) xml = insertChild(xml, where, COMMENTS_ORDER, "commentList", `<${p}commentList>${added}</${p}commentList>`);
  return xml;
}

function cellKey(ref: string | undefined): string | undefined {
  if (ref === undefined) return undefined;
  try {
    const { row, col } = parseA1(ref);
    return a1(row, col);
  } catch {
    return undefined;
  }
}

/** The cells of every comment in a comments part. */
function commentCells(xml: string, where: XmlWhere): Array<{ row: number; col: number }> {
  const list = outline(xml, where, 3).children.find((c) => c.name === "commentList");
  const out: Array<{ row: number; col: number }> = [];
  for (const c of list?.children ?? []) {
    const key = c.name === "comment" ? cellKey(c.attrs.ref) : undefined;
    if (key !== undefined) out.push(parseA1(key));
  }
  return out;
}

// VML is edited as text: Excel's own VML is HTML-ish (an unclosed <br> in a note's <div>), no XML parser takes it.

export const SHAPE_RE = /<((?:[\w.-]+:)?)shape\b[^>]*>[\s\S]*?<\/\1shape\s*>/g;

/** The cell a note's shape is anchored to (0-based), or null for a shape that is not a cell's note. */
export function noteShapeCell(shape: string): { row: number; col: number } | null {
  const row = /<(?:[\w.-]+:)?Row\s*>\s*(\d+)\s*</.exec(shape)?.[1];
  const col = /<(?:[\w.-]+:)?Column\s*>\s*(\d+)\s*</.exec(shape)?.[1];
  if (!/ObjectType\s*=\s*["']Note["']/.test(shape) || row === undefined || col === undefined) return null;
  return { row: Number(row), col: Number(col) };
}
const SHAPETYPE_202 = /<(?:[\w.-]+:)?shapetype\b[^>]*\bid\s*=\s*["']_x0000_t202["']/;

/** Note shapes for the cells that have none yet, added before the drawing's `</xml>`. */
function addShapes(vml: string, notes: ReadonlyArray<{ row: number; col: number }>): string {
  const drawn = new Set<string>();
  let maxId = 0;
  for (const m of vml.matchAll(SHAPE_RE)) {
    const at = noteShapeCell(m[0]);
    if (at) drawn.add(`${at.row},${at.col}`);
  }
  for (const m of vml.matchAll(/_x0000_s(\d+)/g)) maxId = Math.max(maxId, Number(m[1]));
  const block = Number(/<(?:[\w.-]+:)?idmap\b[^>]*\bdata\s*=\s*["']\s*(\d+)/.exec(vml)?.[1] ?? 1);
  let next = Math.max(maxId, block * BLOCK) + 1;

  const todo = notes.filter((n) => !drawn.has(`${n.row},${n.col}`));
  if (todo.length === 0) return vml;
  // Declared on each shape unless the root already binds v, o and x: the user's VML may spell its prefixes otherwise.
  const rootTag = /<xml\b[^>]*>/i.exec(vml)?.[0] ?? "";
  const bound = Object.entries(VML_NS).every(([k, uri]) => new RegExp(`xmlns:${k}\\s*=\\s*["']${uri}["']`).test(rootTag));
  const ns = bound ? "" : ` xmlns:v="${VML_NS.v}" xmlns:o="${VML_NS.o}" xmlns:x="${VML_NS.x}"`;
  const shapes = (SHAPETYPE_202.test(vml) ? "" : shapeType(ns)) + todo.map((n) => noteShape(n, next++, ns)).join("");
  const close = lastIndexOf(vml, /<\/xml\s*>/gi);
  if (close < 0) throw new Error("the sheet's VML drawing has no </xml> end");
  return splice(vml, close, close, shapes);
}

function lastIndexOf(text: string, re: RegExp): number {
  let at = -1;
  for (const m of text.matchAll(re)) at = m.index;
  return at;
}

/** A new VML drawing in Excel's shape: the shape layout naming its id blocks, the note shape type, one shape per note. */
function newVml(block: number, notes: ReadonlyArray<{ row: number; col: number }>): string {
  const blocks = Array.from({ length: Math.floor(notes.length / BLOCK) + 1 }, (_, i) => block + i).join(",");
  let id = block * BLOCK + 1;
  return (
    `<xml xmlns:v="${VML_NS.v}" xmlns:o="${VML_NS.o}" xmlns:x="${VML_NS.x}">` +
    `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${blocks}"/></o:shapelayout>` +
    shapeType("") +
    notes.map((n) => noteShape(n, id++, "")).join("") +
    `</xml>`
  );
}

function shapeType(ns: string): string {
  return (
    `<v:shapetype${ns} id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">` +
    `<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>`
  );
}

/** A hidden note box beside its cell, anchored as Excel places one (two columns wide, four rows high). */
function noteShape({ row, col }: { row: number; col: number }, id: number, ns: string): string {
  const top = Math.max(row - 1, 0);
  const anchor = `${col + 1}, 15, ${top}, 10, ${col + 3}, 15, ${top + 4}, 4`;
  return (
    `<v:shape${ns} id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:108pt;height:59.25pt;z-index:${id % BLOCK};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
    `<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>` +
    `<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>` +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${anchor}</x:Anchor>` +
    `<x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${col}</x:Column></x:ClientData></v:shape>`
  );
}

/** The first shape-id block no other VML drawing of the package names in its <o:idmap data>. */
async function freeBlock(edit: PackageEdit): Promise<number> {
  let max = 0;
  for (const name of edit.names()) {
    if (!name.toLowerCase().endsWith(".vml")) continue;
    const data = /<(?:[\w.-]+:)?idmap\b[^>]*\bdata\s*=\s*["']([^"']*)["']/.exec((await edit.text(name)) ?? "")?.[1] ?? "";
    for (const n of data.split(",")) if (/^\s*\d+\s*$/.test(n)) max = Math.max(max, Number(n));
  }
  return max + 1;
}
