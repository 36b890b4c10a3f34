// Label matching on the seeds' own sentences (test/fixtures/seedLabels.ts): each indicator's wordings as the Thái
// Bình, Sóc Trăng, Ministry of Planning and Investment and Lâm Đồng plans write them are recognised, and their rows
// about other things (tasks, awareness, law, budget, civil servants, citizens, businesses, paid content) are not.
// Precision and recall are computed from the corpus and pinned, per source too, so a looser matcher fails here.
import { matchIndicator } from "../../src/sheet/indicatorMatch";
import { SEED_LABELS, type Source } from "../fixtures/seedLabels";

interface Score {
  positives: number;
  negatives: number;
  truePositives: number;
  /** Matched to the wrong indicator, or matched when the sentence is about something else. */
  falsePositives: number;
  precision: number;
  recall: number;
}

function score(corpus: typeof SEED_LABELS): Score {
  let truePositives = 0;
  let falsePositives = 0;
  for (const [id, label] of corpus) {
    const m = matchIndicator(label)?.id ?? null;
    if (m === null) continue;
    if (m === id) truePositives++;
    else falsePositives++;
  }
  const positives = corpus.filter(([id]) => id !== null).length;
  const matched = truePositives + falsePositives;
  return {
    positives,
    negatives: corpus.length - positives,
    truePositives,
    falsePositives,
    precision: matched === 0 ? 1 : Math.round((truePositives / matched) * 1000) / 1000,
    recall: positives === 0 ? 1 : Math.round((truePositives / positives) * 1000) / 1000,
  };
}

describe("label matching on the seeds' sentences", () => {
  it.each(SEED_LABELS.filter(([id]) => id !== null).map(([id, label, source]) => [source, id, label] as const))("%s: reads %s in “%s”", (_source, id, label) => {
    expect(matchIndicator(label)?.id).toBe(id);
  });

  it.each(SEED_LABELS.filter(([id]) => id === null).map(([, label, source]) => [source, label] as const))("%s: leaves “%s” unmatched", (_source, label) => {
    expect(matchIndicator(label)).toBeNull();
  });

  it("has precision 1 and recall 1 over the 85 sentences (42 targets, 43 other subjects)", () => {
    expect(score(SEED_LABELS)).toEqual({ positives: 42, negatives: 43, truePositives: 42, falsePositives: 0, precision: 1, recall: 1 });
  });

  it.each([
    ["thai-binh", 18, 10],
    ["soc-trang", 9, 19],
    ["mpi", 9, 7],
    ["lam-dong", 6, 7],
  ] as const)("scores %s's own sentences: %i targets, %i other subjects, none missed or confused", (source: Source, positives, negatives) => {
    const s = score(SEED_LABELS.filter(([, , from]) => from === source));
    expect(s).toEqual({ positives, negatives, truePositives: positives, falsePositives: 0, precision: 1, recall: 1 });
  });

  it("knows each indicator the seeds state by at least two wordings", () => {
    const byIndicator = new Map<string, number>();
    for (const [id] of SEED_LABELS) if (id) byIndicator.set(id, (byIndicator.get(id) ?? 0) + 1);
    expect(Object.fromEntries([...byIndicator].sort())).toEqual({
      analytics_ai: 8,
      converged_newsroom: 8,
      platforms: 8,
      revenue: 9,
      security_level3: 4,
      training: 5,
    });
  });
});
