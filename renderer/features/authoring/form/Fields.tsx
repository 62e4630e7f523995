import type { ReactNode } from 'react';
import { useForm } from './form-context';
import { fieldId, type Path } from './paths';
import { withoutBidiControls } from '../../../../shared/bidi';

interface FieldProps {
  readonly label: string;
  readonly path: Path;
  readonly hint?: string;
  readonly className?: string;
}

/** Label, control, hint and error wired together (aria-invalid, aria-describedby); `error` overrides the draft's own. */
export function Field({ label, path, hint, className, control, error: shown }: FieldProps & { error?: string; control: (props: { id: string; invalid: boolean; describedBy?: string }) => ReactNode }) {
  const form = useForm();
  const id = fieldId(path);
  const error = shown ?? form.errorAt(path);
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {control({ id, invalid: Boolean(error), describedBy })}
      {hint && (
        <span id={`${id}-hint`} className="hint">
          {hint}
        </span>
      )}
      {error && (
        <span id={`${id}-error`} className="error">
          <span aria-hidden="true">⚠ </span>
          {error}
        </span>
      )}
    </div>
  );
}

export function TextField(props: FieldProps & { multiline?: boolean; maxLength?: number; type?: 'text' | 'email' | 'date'; optional?: boolean }) {
  const form = useForm();
  const value = form.read(props.path);
  const text = typeof value === 'string' ? value : '';
  // An optional member left empty is omitted, not sent as "".
  const change = (next: string) => form.edit(props.path, props.optional && next === '' ? undefined : next);
  return (
    <Field
      {...props}
      control={({ id, invalid, describedBy }) =>
        props.multiline ? (
          <textarea id={id} value={text} rows={3} maxLength={props.maxLength} aria-invalid={invalid} aria-describedby={describedBy} onChange={(e) => change(e.target.value)} />
        ) : (
          <input id={id} type={props.type ?? 'text'} value={text} maxLength={props.maxLength} aria-invalid={invalid} aria-describedby={describedBy} onChange={(e) => change(e.target.value)} />
        )
      }
    />
  );
}

export function NumberField(props: FieldProps & { step?: number | 'any'; optional?: boolean }) {
  const form = useForm();
  const value = form.read(props.path);
  return (
    <Field
      {...props}
      className={`${props.className ?? ''} number`.trim()}
      control={({ id, invalid, describedBy }) => (
        <input
          id={id}
          type="number"
          inputMode="decimal"
          step={props.step ?? 'any'}
          value={typeof value === 'number' && Number.isFinite(value) ? value : ''}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          onChange={(e) => form.edit(props.path, e.target.value === '' ? (props.optional ? undefined : null) : Number(e.target.value))}
        />
      )}
    />
  );
}

export function SelectField(props: FieldProps & { options: readonly { value: string; label: string }[]; placeholder?: string }) {
  const form = useForm();
  const value = form.read(props.path);
  return (
    <Field
      {...props}
      control={({ id, invalid, describedBy }) => (
        <select id={id} value={typeof value === 'string' ? value : ''} aria-invalid={invalid} aria-describedby={describedBy} onChange={(e) => form.edit(props.path, e.target.value)}>
          {props.placeholder !== undefined && <option value="">{props.placeholder}</option>}
          {props.options.map((option) => (
            <option key={option.value} value={option.value}>
              {withoutBidiControls(option.label)}
            </option>
          ))}
        </select>
      )}
    />
  );
}

/** Several lines of text edited as one list (guiding questions): one per line. */
export function LinesField(props: FieldProps) {
  const form = useForm();
  const value = form.read(props.path);
  const lines = Array.isArray(value) ? (value as string[]) : [];
  const nested = lines.map((_, index) => form.errorAt([...props.path, index])).find(Boolean);
  const id = fieldId(props.path);
  return (
    <div className={`field${nested ? ' invalid' : ''}`}>
      <label htmlFor={id}>{props.label}</label>
      <textarea
        id={id}
        rows={Math.max(3, lines.length + 1)}
        value={lines.join('\n')}
        aria-invalid={Boolean(nested)}
        aria-describedby={`${id}-hint${nested ? ` ${id}-error` : ''}`}
        onChange={(e) => form.edit(props.path, e.target.value === '' ? [] : e.target.value.split('\n'))}
      />
      <span id={`${id}-hint`} className="hint">
        {props.hint ?? 'En per rad.'}
      </span>
      {nested && (
        <span id={`${id}-error`} className="error">
          <span aria-hidden="true">⚠ </span>
          {nested}
        </span>
      )}
    </div>
  );
}
