import type { ReactNode } from 'react';
import { useForm } from './form-context';
import type { Path } from './paths';

/** A folded section of the form (native <details>: keyboard and screen reader support built in). */
export function Fold({ path, title, open, children, actions }: { path: Path; title: ReactNode; open?: boolean; children: ReactNode; actions?: ReactNode }) {
  const problems = useForm().errorsUnder(path);
  return (
    <details className="fold" open={open}>
      <summary>
        <span className="fold-title">{title}</span>
        {problems > 0 && (
          <span className="badge danger">
            <span aria-hidden="true">⚠</span> {problems === 1 ? '1 fel' : `${problems} fel`}
          </span>
        )}
      </summary>
      <div className="fold-body">
        {actions && <div className="fold-actions">{actions}</div>}
        {children}
      </div>
    </details>
  );
}
