import { memoByText } from "../../src/domain/memo";

describe("memoByText", () => {
  it("works on each distinct text once, null answers included", () => {
    const seen: string[] = [];
    const f = memoByText((t) => {
      seen.push(t);
      return t === "x" ? null : t.length;
    });
    expect([f("ab"), f("x"), f("ab"), f("x")]).toEqual([2, null, 2, null]);
    expect(seen).toEqual(["ab", "x"]);
  });

  it("empties itself at its limit instead of growing without bound", () => {
    let calls = 0;
    const f = memoByText((t) => (calls++, t), 2);
    f("a");
    f("b");
    f("c"); // the cache was full: emptied, then holds c
    f("a");
    expect(calls).toBe(4);
  });
});
