import { ALL_FINDING_CODES } from "../src/domain/findings";
import { LOCALES } from "../src/domain/messages";

describe("finding messages", () => {
  it.each(ALL_FINDING_CODES)("has a Vietnamese and an English message for %s", (code) => {
    expect(typeof LOCALES.vi[code]).toBe("function");
    expect(typeof LOCALES.en[code]).toBe("function");
  });
});
