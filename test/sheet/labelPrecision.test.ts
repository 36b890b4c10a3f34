// Precision on negative examples, not only recall on rewordings: rows about other subjects from the same plans
// must stay unknown, every rewording must find its indicator. The figures are pinned, so a looser matcher fails.
import { matchIndicator } from "../../src/sheet/indicatorMatch";
import { OTHER_SUBJECTS, REWORDINGS } from "../fixtures/labels";

describe("label matching over the label corpus", () => {
  it.each(OTHER_SUBJECTS)("leaves “%s” unmatched", (label) => {
    expect(matchIndicator(label)).toBeNull();
  });

  it.each(REWORDINGS)("reads %s in “%s”", (id, label) => {
    expect(matchIndicator(label)?.id).toBe(id);
  });

  it("has precision 1 and recall 1 over the corpus (40 other-subject rows, 29 rewordings)", () => {
    const falsePositives = OTHER_SUBJECTS.filter((l) => matchIndicator(l) !== null).length;
    const truePositives = REWORDINGS.filter(([id, l]) => matchIndicator(l)?.id === id).length;
    const wrong = REWORDINGS.filter(([id, l]) => { const m = matchIndicator(l); return m !== null && m.id !== id; }).length;
    expect({ negatives: OTHER_SUBJECTS.length, falsePositives, rewordings: REWORDINGS.length, truePositives, wrong }).toEqual({
      negatives: 40,
      falsePositives: 0,
      rewordings: 29,
      truePositives: 29,
      wrong: 0,
    });
  });
});
