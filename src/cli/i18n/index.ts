/** The command line's texts in the language of `--lang`. */
import type { Lang } from "../../domain/messages";
import { en } from "./en";
import type { CliTexts } from "./types";
import { vi } from "./vi";

export type { CliTexts } from "./types";

const TEXTS: Readonly<Record<Lang, CliTexts>> = { vi, en };

export function cliTexts(lang: Lang): CliTexts {
  return TEXTS[lang];
}
