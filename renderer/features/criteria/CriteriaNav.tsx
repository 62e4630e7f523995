import { formatNumber } from '../../../shared/format';
import type { CriteriaPackage } from '../../../shared/formats/criteria-package';

/** Areas → criteria; the chosen one is marked as the current page. */
export function CriteriaNav({ pkg, current, onOpen }: { pkg: CriteriaPackage; current?: string; onOpen: (criterionId?: string) => void }) {
  return (
    <nav className="criteria-nav" aria-label="Områden och kriterier">
      <button type="button" className="nav-item overview" aria-current={current === undefined ? 'page' : undefined} onClick={() => onOpen()}>
        Översikt över paketet
      </button>
      {pkg.areas.map((area) => (
        <div key={area.id} className="nav-area">
          <h2 className="nav-area-title" id={`nav-area-${area.id}`}>
            {area.id} {area.title}
          </h2>
          <ul aria-labelledby={`nav-area-${area.id}`}>
            {area.criteria.map((criterion) => (
              <li key={criterion.id}>
                <button
                  type="button"
                  className="nav-item"
                  aria-current={current === criterion.id ? 'page' : undefined}
                  onClick={() => onOpen(criterion.id)}
                >
                  <span className="nav-id">{criterion.id}</span>
                  <span className="nav-title">{criterion.title}</span>
                  <span className="nav-points muted">{formatNumber(criterion.points)} p</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </nav>
  );
}
