/**
 * Settings › Diagnostics: which Excel the pane runs in (host, platform, Office version, the ExcelApi sets present)
 * and what the last command cost it (round trips, bytes — estimated, the wire is not visible to the pane — and
 * time), with a button that copies it all: what the first people to run the add-in in a real Excel send back.
 */
import { Body1, Button, Caption1, Textarea } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { Diagnostics as Info } from "../services";
import { usePane } from "../shell/PaneContext";
import { DIAGNOSTICS_TEXTS, type DiagnosticsTexts } from "./diagnosticsTexts";

const kb = (bytes: number): string => (bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(bytes < 10_240 ? 1 : 0)} KB`);

/** The diagnostics as lines of text, in the pane's language (what is shown and what is copied). */
export function diagnosticsLines(d: Info, t: DiagnosticsTexts): string[] {
  const sets = d.apiSets.map((s) => `${s.version} ${s.supported ? "✓" : "✗"}`).join(", ");
  const last = d.lastCommand;
  return [
    `${t.diagnosticsHost}: ${d.host || "—"}`,
    `${t.diagnosticsPlatform}: ${d.platform || "—"}`,
    `${t.diagnosticsVersion}: ${d.version || "—"}`,
    `${t.diagnosticsApiSets}: ${sets || "—"}`,
    `${t.diagnosticsLastCommand}: ${
      last
        ? `${t.diagnosticsCommand(last.command, last.ok, last.ms, last.syncs)}; ${t.diagnosticsBytes(kb(last.bytesRead), kb(last.bytesWritten), kb(last.largestWrite))}`
        : t.diagnosticsNoCommand
    }`,
  ];
}

export function Diagnostics() {
  const { services, lang } = usePane();
  const t = DIAGNOSTICS_TEXTS[lang];
  const lines = useMemo(() => diagnosticsLines(services.diagnostics(), t), [services, t]);
  const text = lines.join("\n");
  const [copied, setCopied] = useState<"yes" | "no" | null>(null);

  const copy = (): void => {
    // The clipboard may be refused in Office's web view: the text then stays on screen to copy by hand.
    const write = navigator.clipboard?.writeText?.(text);
    if (!write) {
      setCopied("no");
      return;
    }
    write.then(
      () => setCopied("yes"),
      () => setCopied("no"),
    );
  };

  return (
    <section className="pdx-section" aria-labelledby="pane-diagnostics-heading">
      <h2 id="pane-diagnostics-heading" className="pdx-h2">
        {t.diagnosticsHeading}
      </h2>
      <Caption1 className="pdx-muted">{t.diagnosticsHint}</Caption1>
      {lines.map((line) => (
        <Body1 key={line}>{line}</Body1>
      ))}
      <div className="pdx-row">
        <Button onClick={copy}>{t.diagnosticsCopy}</Button>
      </div>
      {copied === "yes" && <Caption1 role="status">{t.diagnosticsCopied}</Caption1>}
      {copied === "no" && (
        <>
          <Caption1 role="status">{t.diagnosticsCopyFailed}</Caption1>
          <Textarea readOnly value={text} aria-label={t.diagnosticsHeading} resize="vertical" />
        </>
      )}
    </section>
  );
}
