import { useState } from 'react';
import { Field } from './Fields';
import { useForm } from './form-context';
import type { Path } from './paths';

/**
 * An id that other parts of the draft refer to. It is changed when the field
 * is left (or Enter is pressed), all at once, so the references follow it in
 * one step; an id another item already has is refused at the field.
 */
export function IdField({ label, path, taken, onRename, hint }: {
  label: string;
  path: Path;
  /** The other items' ids. */
  taken: readonly string[];
  onRename(to: string): void;
  hint?: string;
}) {
  const stored = useForm().read(path);
  const current = typeof stored === 'string' ? stored : '';
  // What is typed and not yet committed; null shows the draft's own id (also after undo).
  const [typed, setTyped] = useState<string | null>(null);
  const clash = typed !== null && typed !== current && taken.includes(typed) ? `id:t "${typed}" används redan; välj ett annat` : undefined;
  const commit = () => {
    if (typed === null || clash) return;
    if (typed !== current) onRename(typed);
    setTyped(null);
  };
  return (
    <Field
      label={label}
      path={path}
      hint={hint ?? 'Det som hänvisar hit följer med när id:t ändras.'}
      error={clash}
      control={({ id, invalid, describedBy }) => (
        <input
          id={id}
          type="text"
          value={typed ?? current}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          onChange={(e) => setTyped(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit();
          }}
        />
      )}
    />
  );
}
