/**
 * The pane's own layout, as one plain stylesheet over Fluent's design tokens (the CSS variables FluentProvider sets).
 * Fluent's components carry precompiled styles; `makeStyles` in our code would ship Griffel's style compiler (stylis,
 * rtl-css-js: about a sixth of the first screen's script) for a few dozen rules. Rules that adjust a Fluent component
 * start with `.pdx-pane` so they outrank its single-class rules, whatever order the stylesheets load in.
 *
 * Every rule keeps the pane within Excel's 320 px: flex children may shrink (`min-width: 0`), text wraps anywhere.
 */
export const PANE_CSS = `
.pdx-pane { display: flex; flex-direction: column; gap: var(--spacingVerticalM); padding: var(--spacingHorizontalM); min-width: 0; overflow-wrap: anywhere; }
.pdx-pane h1, .pdx-pane h2, .pdx-pane h3, .pdx-pane p { margin: 0; }
.pdx-title, .pdx-h2 { font-size: var(--fontSizeBase400); line-height: var(--lineHeightBase400); font-weight: var(--fontWeightSemibold); }
.pdx-h3 { font-size: var(--fontSizeBase300); line-height: var(--lineHeightBase300); font-weight: var(--fontWeightSemibold); }
.pdx-caption { font-size: var(--fontSizeBase200); line-height: var(--lineHeightBase200); }
.pdx-muted { color: var(--colorNeutralForeground2); }
.pdx-strong { font-weight: var(--fontWeightSemibold); }
/* Read by screen readers, not shown. */
.pdx-sr { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }

.pdx-header { display: flex; flex-direction: column; gap: var(--spacingVerticalXXS); }
.pdx-header-top { display: flex; align-items: center; justify-content: space-between; gap: var(--spacingHorizontalS); }
.pdx-lang { display: flex; gap: var(--spacingHorizontalXXS); flex-shrink: 0; }
.pdx-pane .pdx-lang button { min-width: 40px; }
.pdx-pane .pdx-lang button[aria-pressed="true"] { background-color: var(--colorBrandBackground2); color: var(--colorBrandForeground2); font-weight: var(--fontWeightSemibold); }
.pdx-pane .pdx-tabs { flex-wrap: nowrap; min-width: 0; }
.pdx-panel { padding-top: var(--spacingVerticalXS); min-width: 0; }

.pdx-column { display: flex; flex-direction: column; gap: var(--spacingVerticalM); min-width: 0; }
.pdx-section { display: flex; flex-direction: column; gap: var(--spacingVerticalS); margin-top: var(--spacingVerticalM); min-width: 0; }
.pdx-stack { display: flex; flex-direction: column; gap: var(--spacingVerticalS); min-width: 0; }
.pdx-row { display: flex; flex-wrap: wrap; align-items: center; gap: var(--spacingHorizontalS); min-width: 0; }
.pdx-group { display: flex; flex-direction: column; min-width: 0; }
.pdx-warning-text { color: var(--colorStatusDangerForeground1); }
.pdx-field { display: flex; flex-direction: column; gap: var(--spacingVerticalXXS); min-width: 0; }
.pdx-label { font-weight: var(--fontWeightSemibold); padding: 0; }
.pdx-input, .pdx-select { font: inherit; color: var(--colorNeutralForeground1); background-color: var(--colorNeutralBackground1); min-height: 32px; max-width: 100%; min-width: 0; box-sizing: border-box; padding: 0 var(--spacingHorizontalS); border: 1px solid var(--colorNeutralStroke1); border-bottom-color: var(--colorNeutralStrokeAccessible); border-radius: var(--borderRadiusMedium); }
.pdx-input:hover, .pdx-select:hover { border-color: var(--colorNeutralStroke1Hover); border-bottom-color: var(--colorNeutralStrokeAccessibleHover); }
.pdx-input:focus-visible, .pdx-select:focus-visible { outline: 2px solid var(--colorStrokeFocus2); outline-offset: 1px; border-bottom-color: var(--colorCompoundBrandStroke); }
.pdx-input[aria-invalid="true"] { border-color: var(--colorPaletteRedBorder2); }
.pdx-fieldset { border: none; margin: 0; padding: 0; min-width: 0; display: flex; flex-direction: column; }
.pdx-fieldset > legend { margin-bottom: var(--spacingVerticalXXS); }
.pdx-choice { display: flex; align-items: flex-start; gap: var(--spacingHorizontalS); padding: var(--spacingVerticalXS) 0; cursor: pointer; min-width: 0; }
.pdx-choice > input { width: 16px; height: 16px; margin: 2px 0 0; flex-shrink: 0; accent-color: var(--colorCompoundBrandBackground); cursor: pointer; }
.pdx-choice > input:focus-visible { outline: 2px solid var(--colorStrokeFocus2); outline-offset: 2px; }
.pdx-choice > input[role="switch"] { appearance: none; position: relative; width: 36px; height: 20px; margin: 0; border: 1px solid var(--colorNeutralStrokeAccessible); border-radius: 10px; background-color: var(--colorNeutralBackground1); }
.pdx-choice > input[role="switch"]::before { content: ""; position: absolute; top: 3px; left: 3px; width: 12px; height: 12px; border-radius: 50%; background-color: var(--colorNeutralStrokeAccessible); transition: left 0.1s; }
.pdx-choice > input[role="switch"]:checked { background-color: var(--colorCompoundBrandBackground); border-color: transparent; }
.pdx-choice > input[role="switch"]:checked::before { left: 19px; background-color: var(--colorNeutralForegroundInverted); }
.pdx-pane .pdx-notice { overflow-wrap: anywhere; }
.pdx-line { display: block; }
.pdx-spinner { width: 12px; height: 12px; flex-shrink: 0; border: 2px solid var(--colorBrandStroke2); border-top-color: var(--colorBrandStroke1); border-radius: 50%; animation: pdx-spin 0.8s linear infinite; }
@keyframes pdx-spin { to { transform: rotate(360deg); } }
@media (prefers-reduced-motion: reduce) { .pdx-spinner { animation-duration: 3s; } }
.pdx-card { display: flex; flex-direction: column; gap: var(--spacingVerticalS); padding: var(--spacingHorizontalM); border: 1px solid var(--colorNeutralStroke2); border-radius: var(--borderRadiusLarge); background-color: var(--colorNeutralBackground2); }
.pdx-empty { display: flex; flex-direction: column; align-items: flex-start; gap: var(--spacingVerticalS); padding: var(--spacingHorizontalM); border: 1px solid var(--colorNeutralStroke2); border-radius: var(--borderRadiusLarge); }
.pdx-steps { margin: 0; padding-left: var(--spacingHorizontalXL); display: flex; flex-direction: column; gap: var(--spacingVerticalXS); }
.pdx-summary { font-weight: var(--fontWeightSemibold); scroll-margin-top: var(--spacingVerticalM); }
.pdx-summary:focus-visible { outline: 2px solid var(--colorStrokeFocus2); outline-offset: 2px; }
.pdx-filter { display: flex; flex-wrap: wrap; column-gap: var(--spacingHorizontalS); border: none; margin: 0; padding: 0; min-width: 0; }
.pdx-filter legend { padding: 0; color: var(--colorNeutralForeground2); font-size: var(--fontSizeBase200); }

.pdx-actions { display: flex; flex-direction: column; gap: var(--spacingVerticalXS); padding-top: var(--spacingVerticalXXS); min-width: 0; }
.pdx-reason { color: var(--colorNeutralForeground2); overflow-wrap: anywhere; }
.pdx-plain-list { list-style-type: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: var(--spacingVerticalXS); }
.pdx-bullets { margin: var(--spacingVerticalXS) 0; padding-left: var(--spacingHorizontalL); overflow-wrap: anywhere; }
.pdx-confirm { display: flex; flex-direction: column; gap: var(--spacingVerticalS); padding: var(--spacingHorizontalM); border: 1px solid var(--colorNeutralStroke1); border-radius: var(--borderRadiusMedium); background-color: var(--colorNeutralBackground2); overflow-wrap: anywhere; }
.pdx-tree { display: flex; flex-direction: column; gap: var(--spacingVerticalXXS); min-width: 0; }
.pdx-tree-row { display: flex; align-items: flex-start; gap: var(--spacingHorizontalXS); padding: var(--spacingVerticalXS) var(--spacingHorizontalS); border-left: 3px solid transparent; border-radius: var(--borderRadiusMedium); cursor: pointer; min-width: 0; }
.pdx-tree-row:hover { background-color: var(--colorNeutralBackground1Hover); }
.pdx-tree-row:focus-visible { outline: 2px solid var(--colorStrokeFocus2); outline-offset: -2px; }
.pdx-tree-row[aria-level="1"] { font-weight: var(--fontWeightSemibold); margin-top: var(--spacingVerticalS); }
.pdx-tree-row[aria-level="2"] { margin-left: var(--spacingHorizontalM); }
.pdx-tree-row[aria-level="3"] { margin-left: var(--spacingHorizontalXXL); }
.pdx-tree-row[aria-current="true"] { background-color: var(--colorBrandBackground2); }
.pdx-chevron { flex-shrink: 0; width: 1em; text-align: center; color: var(--colorNeutralForeground2); }
.pdx-tree-text { display: flex; flex-direction: column; gap: var(--spacingVerticalXXS); min-width: 0; flex-grow: 1; }
.pdx-tree-text .pdx-muted { font-weight: var(--fontWeightRegular); }
.pdx-more { color: var(--colorBrandForegroundLink); }

.pdx-list { list-style-type: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: var(--spacingVerticalXS); }
.pdx-attain-item { display: flex; flex-direction: column; gap: var(--spacingVerticalXXS); padding: var(--spacingVerticalXS) var(--spacingHorizontalS); border-bottom: 1px solid var(--colorNeutralStroke3); }
.pdx-attain-top { display: flex; align-items: flex-start; gap: var(--spacingHorizontalS); }
.pdx-nowrap { flex-shrink: 0; white-space: nowrap; }
.pdx-figures { display: flex; flex-wrap: wrap; column-gap: var(--spacingHorizontalM); color: var(--colorNeutralForeground2); }
.pdx-figures > span { white-space: nowrap; }
/* Attainment's summary and filter stay in view while its rows scroll under them (issue 17, item 6). */
.pdx-sticky { position: sticky; top: 0; z-index: 1; display: flex; flex-direction: column; gap: var(--spacingVerticalXXS); padding: var(--spacingVerticalXS) 0; background-color: var(--colorNeutralBackground1); border-bottom: 1px solid var(--colorNeutralStroke2); }
.pdx-conflict { display: flex; flex-direction: column; gap: var(--spacingVerticalXS); padding: var(--spacingVerticalS) 0; border-bottom: 1px solid var(--colorNeutralStroke3); min-width: 0; }
.pdx-candidate { padding: var(--spacingVerticalXXS) var(--spacingHorizontalS); border-left: 3px solid transparent; min-width: 0; }
.pdx-candidate-kept { border-left-color: var(--colorPaletteGreenBorder2); background-color: var(--colorNeutralBackground2); }
.pdx-focusable:focus-visible { outline: 2px solid var(--colorStrokeFocus2); outline-offset: 2px; }
.pdx-why-table { display: flex; flex-direction: column; gap: var(--spacingVerticalXXS); padding-top: var(--spacingVerticalS); border-top: 1px solid var(--colorNeutralStroke3); min-width: 0; }
`;

/** Adds the stylesheet to the document once (the pane's page; tests in jsdom run without it). */
export function installPaneCss(doc: Document): void {
  if (doc.getElementById("pdx-pane-css")) return;
  const style = doc.createElement("style");
  style.id = "pdx-pane-css";
  style.textContent = PANE_CSS;
  doc.head.appendChild(style);
}
