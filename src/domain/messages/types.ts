import type { Finding, FindingCode } from "../findings";
import type { Lang } from "./format";

/** Shared pieces a message uses: the indicator's name and number formatting in the message's language. */
export interface MessageKit {
  readonly lang: Lang;
  /** The finding's indicator, named in the message language ("" when none). */
  readonly indicator: string;
  /** A share as a percentage in the language's format ("66,7%"); a text operand quoted as it was typed. */
  pct(fraction: unknown): string;
  /** n for number: a figure in the language's format ("1.234,5" in Vietnamese); anything else as text. */
  n(value: unknown): string;
  /** q for quoted: a cell's content as typed, in quotation marks (“4O%”); an empty cell as "(trống)" or "(blank)". */
  q(value: unknown): string;
}

export type MessageFn = (f: Finding, kit: MessageKit) => string;
export type LocaleMap = Readonly<Record<FindingCode, MessageFn>>;
