import { useChrome } from '../app/chrome-store';
import { navigate } from '../app/router-store';

export function TopBar() {
  const crumbs = useChrome((s) => s.crumbs);
  return (
    <header className="topbar">
      {/* The name comes from the visible text (WCAG 2.5.3), the destination from hidden text. */}
      <button type="button" className="wordmark" onClick={() => navigate({ name: 'start' })}>
        <span className="wordmark-mark" aria-hidden="true">
          E
        </span>
        Examinator <span className="visually-hidden">– till startsidan</span>
      </button>
      <nav aria-label="Du är här" className="breadcrumbs">
        {crumbs.map((crumb, index) => {
          const last = index === crumbs.length - 1;
          return (
            <span key={`${crumb.label}-${index}`} className="crumb">
              <span aria-hidden="true">› </span>
              {last || !crumb.route ? (
                <span aria-current={last ? 'page' : undefined}>{crumb.label}</span>
              ) : (
                <button type="button" onClick={() => navigate(crumb.route!)}>
                  {crumb.label}
                </button>
              )}
            </span>
          );
        })}
      </nav>
      <span className="spacer" />
      <button type="button" className="topbar-link" onClick={() => navigate({ name: 'documents' })}>
        Dokument
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label="Inställningar"
        title="Inställningar"
        onClick={() => navigate({ name: 'settings' })}
      >
        <span aria-hidden="true">⚙</span>
      </button>
    </header>
  );
}
