/**
 * The pane's form controls: native inputs, labelled and described the standard way (label/for, fieldset/legend,
 * aria-describedby, aria-invalid), drawn with Fluent's tokens by paneCss. Fluent's Field, Input, Select, Checkbox,
 * Radio and Switch wrap the same native elements; leaving their wrappers out keeps the first screen's script within
 * 1.3× a bare Fluent pane (docs/decisions.md, "Bundle size"). Native controls also wrap long labels and never
 * widen a 320 px pane.
 */
import { type ReactNode, type Ref, useId } from "react";

interface Described {
  readonly label: string;
  readonly hint?: string | null;
  /** A validation message; the control is marked invalid while there is one. */
  readonly error?: string | null;
}

function describedBy(hintId: string, errorId: string, p: Described): string | undefined {
  return [p.hint ? hintId : null, p.error ? errorId : null].filter(Boolean).join(" ") || undefined;
}

function Notes({ hintId, errorId, p }: { hintId: string; errorId: string; p: Described }) {
  return (
    <>
      {p.error && (
        <span id={errorId} className="pdx-caption pdx-warning-text">
          {p.error}
        </span>
      )}
      {p.hint && (
        <span id={hintId} className="pdx-caption pdx-muted">
          {p.hint}
        </span>
      )}
    </>
  );
}

export function TextField(p: Described & { value: string; onChange: (v: string) => void; inputMode?: "numeric" | "text" }) {
  const id = useId();
  return (
    <div className="pdx-field">
      <label htmlFor={id} className="pdx-label">
        {p.label}
      </label>
      <input
        id={id}
        className="pdx-input"
        type="text"
        inputMode={p.inputMode}
        value={p.value}
        onChange={(e) => p.onChange(e.currentTarget.value)}
        aria-invalid={p.error ? true : undefined}
        aria-describedby={describedBy(`${id}-hint`, `${id}-error`, p)}
      />
      <Notes hintId={`${id}-hint`} errorId={`${id}-error`} p={p} />
    </div>
  );
}

export function SelectField<T extends string>(p: Described & { value: T; options: ReadonlyArray<{ value: T; text: string }>; onChange: (v: T) => void }) {
  const id = useId();
  return (
    <div className="pdx-field">
      <label htmlFor={id} className="pdx-label">
        {p.label}
      </label>
      <select
        id={id}
        className="pdx-select"
        value={p.value}
        onChange={(e) => {
          const chosen = p.options.find((o) => o.value === e.currentTarget.value);
          if (chosen) p.onChange(chosen.value);
        }}
        aria-describedby={describedBy(`${id}-hint`, `${id}-error`, p)}
      >
        {p.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.text}
          </option>
        ))}
      </select>
      <Notes hintId={`${id}-hint`} errorId={`${id}-error`} p={p} />
    </div>
  );
}

/** Radio buttons in a fieldset whose legend names the choice. */
export function RadioField<T extends string>(p: Described & { value: T; options: ReadonlyArray<{ value: T; text: string }>; onChange: (v: T) => void }) {
  const id = useId();
  return (
    <fieldset className="pdx-fieldset" aria-describedby={describedBy(`${id}-hint`, `${id}-error`, p)}>
      <legend className="pdx-label">{p.label}</legend>
      {p.options.map((o) => (
        <label key={o.value} className="pdx-choice">
          <input type="radio" name={id} value={o.value} checked={p.value === o.value} onChange={() => p.onChange(o.value)} />
          <span>{o.text}</span>
        </label>
      ))}
      <Notes hintId={`${id}-hint`} errorId={`${id}-error`} p={p} />
    </fieldset>
  );
}

/** A checkbox, or (`role="switch"`) an on/off switch that takes effect at once. */
export function CheckField(p: { label: ReactNode; checked: boolean; onChange: (checked: boolean) => void; switch?: boolean; inputRef?: Ref<HTMLInputElement> }) {
  return (
    <label className="pdx-choice">
      <input ref={p.inputRef} type="checkbox" role={p.switch ? "switch" : undefined} checked={p.checked} onChange={(e) => p.onChange(e.currentTarget.checked)} />
      <span>{p.label}</span>
    </label>
  );
}
