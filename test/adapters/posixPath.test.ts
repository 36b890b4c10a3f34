import path from "node:path";
import { posixDirname, posixJoin, posixNormalize, posixRelative } from "../../src/adapters/xlsx/posixPath";

// Names as packages spell them (and the odd ones hostile files carry): the Node-free helpers answer as node:path does.
const NAMES = ["", ".", "..", "/", "a", "a/", "/a", "a/b", "a//b", "a/./b", "a/../b", "../a", "a/b/../../..", "xl/worksheets/sheet1.xml", "xl/_rels/", "./x", "/x/../../y", "a///", "xl/../../drawings/d.xml", "//a", "a/b//c"];

describe("posix path helpers", () => {
  it.each(NAMES)("normalise and take the folder of %j as node:path does", (p) => {
    expect(posixNormalize(p)).toBe(path.posix.normalize(p));
    expect(posixDirname(p)).toBe(path.posix.dirname(p));
  });

  it("join and relate every pair of relative names as node:path does", () => {
    for (const a of NAMES) {
      for (const b of NAMES) {
        expect([a, b, posixJoin(a, b)]).toEqual([a, b, path.posix.join(a, b)]);
        if (!a.startsWith("/") && !b.startsWith("/") && !a.startsWith("..") && !b.startsWith("..") && !a.includes("/..") && !b.includes("/..")) {
          expect([a, b, posixRelative(a, b)]).toEqual([a, b, path.posix.relative(a, b)]);
        }
      }
    }
  });
});
