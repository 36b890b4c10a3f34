/** The first screen's texts and those several tabs share, in English; the same keys as vi.ts. */
import type { Texts } from "./vi";

export const en: Texts = {
  productName: "PressDX Planner",
  productTagline: "Press digital-transformation targets (Decision 348/QĐ-TTg)",
  languageLabel: "Language",
  tabsLabel: "Features",
  loading: "Loading…",

  tabInsert: "Insert",
  tabValidate: "Check",
  tabReports: "Reports",
  tabSettings: "Settings",

  whereLabel: "Where",
  whereNewSheet: "A new worksheet",
  whereSelection: "At the selected cell",
  whereHint: "Writes into empty cells only: never over existing data.",
  dismiss: "Dismiss",
  dismissHint: "Dismiss (Esc)",
  cancel: "Cancel",
  nothingChanged: "Nothing in the workbook was changed.",
  unexpectedError: (message: string) => `Something unexpected went wrong: ${message}`,
  excelError: (detail: string) => `Excel reported an error: ${detail}`,
  selectFailed: (where: string) => `Could not select cell ${where}.`,
  done: "Done",
  failed: "Could not be done",
  otherGroup: "Other",

  introHeading: "Getting started",
  introWhat: "PressDX helps plan and check a province's press digital-transformation targets under Decision 348/QĐ-TTg.",
  introStepInsert: "Insert the standard target tables (or use a table you typed).",
  introStepType: "Type the province's targets into the year columns.",
  introStepCheck: "Press Check: wrong cells are highlighted and explained.",
  tryExample: "Try it on an example",
  introDone: "Got it, hide this",
  insertingExample: "Inserting the example…",

  insertHeading: "Insert target tables",
  presetLabel: "Targets preset",
  presetSource: (source: string) => `From ${source}`,
  periodsLabel: "Periods",
  periodsNeeded: "Choose at least one period.",
  insertButton: "Insert tables",
  inserting: "Inserting the target tables…",
  inserted: (sheet: string, range: string) => `Inserted the target tables on worksheet “${sheet}” (${range}).`,

  checkCancelled: "Check cancelled.",

  agenciesLabel: "Number of press agencies in the province",
  agenciesHint: "Used to judge whether a share can be reached with this many agencies. Leave empty when unknown.",
  agenciesInvalid: "Enter a whole number above zero, or leave it empty.",
  defaultPresetLabel: "Default targets preset",
  revalidateDefaultLabel: "Check again automatically when figures change (this workbook's default)",
  saveSettings: "Save settings",
  savingSettings: "Saving settings…",
  settingsSaved: "Settings saved in the workbook; a colleague opening this file gets the same.",
  settingsNotSaved: (message: string) => `Could not save the settings: ${message}`,
  settingsNotLoaded: (message: string) => `Could not read the settings stored in the workbook (${message}); using the defaults.`,
  // Each tab's own texts load with it, in both languages, not with the first screen, which has a size budget
  // (docs/decisions.md): the Check tab's (validate/checkTexts.ts, readingTexts.ts, reviewTexts.ts), the Reports
  // tab's (i18n/reports.ts, reports/reportFilesTexts.ts), Settings' diagnostics (settings/diagnosticsTexts.ts).
};
