import type { Finding, FindingCode } from "../findings";
import type { Lang } from "./format";

/** Shared pieces a message uses: the indicator's name and number formatting in the message's language. */
export interface MessageKit {
  readonly lang: Lang;
  /** The finding's indicator, named in the message language ("" when none). */
  readonly indicator: string;
  pct(fraction: unknown): string;
  n(value: unknown): string;
  q(value: unknown): string;
}

export type MessageFn = (f: Finding, kit: MessageKit) => string;
export type LocaleMap = Readonly<Record<FindingCode, MessageFn>>;
