// A webpack loader for Fluent UI's own modules: `tokens.colorNeutralStroke1` becomes the string it holds,
// "var(--colorNeutralStroke1)", read from the installed @fluentui/tokens. Why: Fluent's precompiled styles keep a few
// module-level reads of `tokens` that nothing uses (Button's Firefox box-shadow constant, Badge's padding); webpack
// must keep a property read (it may have effects), and since badges in lazily loaded tabs read `tokens` too, the
// module cannot be folded away, so its whole table (467 names, about 4 KB gzipped) was in the first screen's script.
// The values are the same strings, so nothing changes at run time (docs/decisions.md, "Bundle size").
const { tokens } = require("@fluentui/tokens");

/** A module that imports the `tokens` object itself, under that name. */
const IMPORTS_TOKENS = /import\s*\{[^}]*(?<![\w$])tokens(?![\w$])(?!\s+as\b)[^}]*\}\s*from\s*["']@fluentui\/(?:react-theme|tokens)["']/;
/** `tokens.name`, not `x.tokens.name`. */
const READ = /(?<![\w$.])tokens\.([A-Za-z_$][\w$]*)(?![\w$])/g;

function inlineFluentTokens(source) {
  if (!IMPORTS_TOKENS.test(source)) return source;
  return source.replace(READ, (read, name) => (Object.hasOwn(tokens, name) ? JSON.stringify(tokens[name]) : read));
}

module.exports = inlineFluentTokens;
