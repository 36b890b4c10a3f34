/**
 * The build's loader that writes Fluent's `tokens.x` reads as the strings they hold (scripts/inlineFluentTokens.cjs),
 * so the table of tokens stays out of the first screen: only reads of the imported `tokens`, of names it has, change.
 */
import { tokens } from "@fluentui/tokens";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const inline = require("../../scripts/inlineFluentTokens.cjs") as (source: string) => string;

const IMPORT = 'import { iconFilledClassName } from "@fluentui/react-icons";\nimport { tokens } from "@fluentui/react-theme";\n';

describe("inlining Fluent's tokens", () => {
  it("writes each read of a token as its value, the same string the table holds", () => {
    const out = inline(`${IMPORT}const a = \`calc(\${tokens.strokeWidthThin} + 0.25px)\`;\nconst b = [tokens.colorNeutralStroke1, tokens.zIndexPopup];\n`);
    expect(out).toBe(`${IMPORT}const a = \`calc(\${"var(--strokeWidthThin)"} + 0.25px)\`;\nconst b = ["var(--colorNeutralStroke1)", "var(--zIndexPopup, 2000)"];\n`);
    expect([tokens.strokeWidthThin, tokens.colorNeutralStroke1, tokens.zIndexPopup]).toEqual(["var(--strokeWidthThin)", "var(--colorNeutralStroke1)", "var(--zIndexPopup, 2000)"]);
  });

  it("reads the import from @fluentui/tokens too, over several lines", () => {
    expect(inline('import {\n  typographyStyles,\n  tokens,\n} from "@fluentui/tokens";\nx(tokens.spacingHorizontalXXS);')).toBe(
      'import {\n  typographyStyles,\n  tokens,\n} from "@fluentui/tokens";\nx("var(--spacingHorizontalXXS)");',
    );
  });

  it("leaves alone a name the table lacks, another object's tokens, a module that does not import them, and an alias", () => {
    const kept = [
      `${IMPORT}const a = tokens.notAToken; const b = theme.tokens.colorNeutralStroke1; const c = tokens[key];`,
      "const a = tokens.colorNeutralStroke1;",
      'import { tokens as t } from "@fluentui/react-theme";\nconst tokens = local(); tokens.colorNeutralStroke1;',
      'import { tokens } from "./my-theme";\ntokens.colorNeutralStroke1;',
    ];
    for (const source of kept) expect(inline(source)).toBe(source);
  });
});
