/**
 * The parts that hang off a worksheet (its drawing, comments, VML, tables) as the notes and charts writers see
 * them: the sheet element that points at one (<drawing r:id>, <legacyDrawing r:id>), where such an element goes
 * among the worksheet's children, and how a part leaves the package with whatever only it referred to.
 */
import { parseRels, relsPath, resolveTarget } from "../ooxml";
import type { PackageEdit } from "./packageEdit";
import { insertChild, prefixOf, root, splice, type Span } from "./xmlEdit";

import { R_NS, WORKSHEET_ORDER } from "./sheetXml";

export { R_NS, WORKSHEET_ORDER };

/** A relationship type's last segment ("comments"), the same in transitional and strict OOXML. */
export function relKind(type: string): string {
  return type.slice(type.lastIndexOf("/") + 1);
}

/** The r:id of an element, whatever prefix the relationships namespace has there. */
export function relIdOf(span: Span): string | undefined {
  return span.attrList.find((a) => a.name.includes(":") && a.name.slice(a.name.indexOf(":") + 1) === "id")?.value;
}

export interface SheetRef {
  /** The relationship id the sheet element carries. */
  readonly id: string;
  /** The part it reaches (zip path). */
  readonly part: string;
}

/** The part the sheet's `<name r:id>` element (drawing, legacyDrawing) reaches, or null when it has none. */
export async function sheetRef(edit: PackageEdit, sheetPart: string, name: "drawing" | "legacyDrawing"): Promise<SheetRef | null> {
  const span = root(await edit.mustText(sheetPart), edit.where(sheetPart)).children.find((c) => c.name === name);
  const id = span && relIdOf(span);
  if (id === undefined) return null;
  const rel = (await edit.rels(sheetPart)).find((r) => r.id === id);
  if (!rel || rel.external) return null;
  return { id, part: resolveTarget(sheetPart, rel.target) };
}

/**
 * Adds `<name r:id>` to the sheet at its CT_Worksheet place, with the root's prefix (a WPS sheet is `x:`-prefixed
 * throughout). The r prefix is declared on the element itself, so it does not depend on the root's declarations.
 * An element of that name whose relationship leads nowhere is replaced: the schema allows only one.
 */
export async function addSheetRef(edit: PackageEdit, sheetPart: string, name: "drawing" | "legacyDrawing", id: string): Promise<void> {
  const xml = await edit.mustText(sheetPart);
  const where = edit.where(sheetPart);
  const { element, children } = root(xml, where);
  const el = `<${prefixOf(element)}${name} xmlns:r="${R_NS}" r:id="${id}"/>`;
  const stale = children.find((c) => c.name === name);
  edit.set(sheetPart, stale ? splice(xml, stale.start, stale.end, el) : insertChild(xml, where, WORKSHEET_ORDER, name, el));
}

/** Removes the sheet's `<name>` element that carries relationship `id`. */
export async function removeSheetRef(edit: PackageEdit, sheetPart: string, name: string, id: string): Promise<void> {
  const xml = await edit.mustText(sheetPart);
  const span = root(xml, edit.where(sheetPart)).children.find((c) => c.name === name && relIdOf(c) === id);
  if (span) edit.set(sheetPart, splice(xml, span.start, span.end, ""));
}

/**
 * Who refers to which part, through every relationships part of the package, so a part is removed only when
 * nothing else reaches it (an image two drawings share, a chart style part). Built once per removal; keys are
 * lower-cased, part names being case-insensitive.
 */
export class PartTree {
  private constructor(
    private readonly edit: PackageEdit,
    /** target → the parts with a relationship to it */
    private readonly refs: Map<string, Set<string>>,
  ) {}

  static async of(edit: PackageEdit): Promise<PartTree> {
    const refs = new Map<string, Set<string>>();
    for (const name of edit.names()) {
      const source = sourceOfRels(name);
      if (source === null || (source !== "" && !edit.has(source))) continue;
      for (const rel of parseRels(await edit.text(name), edit.file, name)) {
        if (rel.external) continue;
        const target = resolveTarget(source, rel.target).toLowerCase();
        let set = refs.get(target);
        if (!set) refs.set(target, (set = new Set()));
        set.add(source.toLowerCase());
      }
    }
    return new PartTree(edit, refs);
  }

  /**
   * `source` no longer refers to `target` (its relationship was removed, or it is gone): `target` is removed too when
   * no other part refers to it.
   */
  async release(source: string, target: string): Promise<void> {
    const stillThere = this.edit.has(source) && (await this.edit.rels(source)).some((r) => !r.external && resolveTarget(source, r.target).toLowerCase() === target.toLowerCase());
    if (stillThere) return;
    const holders = this.refs.get(target.toLowerCase());
    holders?.delete(source.toLowerCase());
    if (!holders || holders.size === 0) await this.drop(target);
  }

  /** Removes the part, its relationships part and content-type override, then releases what it referred to. */
  async drop(part: string): Promise<void> {
    if (!this.edit.has(part)) return;
    const rels = await this.edit.rels(part);
    this.edit.remove(part);
    this.edit.remove(relsPath(part));
    await this.edit.setContentType(part, null);
    for (const rel of rels) if (!rel.external) await this.release(part, resolveTarget(part, rel.target));
  }
}

/** xl/worksheets/_rels/sheet1.xml.rels → xl/worksheets/sheet1.xml; _rels/.rels → "" (the package); else null. */
function sourceOfRels(name: string): string | null {
  const m = /^((?:.*\/)?)_rels\/([^/]+)\.rels$|^_rels\/(\.)rels$/.exec(name);
  if (!m) return null;
  return m[3] === "." ? "" : `${m[1] ?? ""}${m[2] ?? ""}`;
}
