import { computeCoverage, type Citation } from '../../../../shared/documents/coverage';
import type { UnitKind } from '../../../../shared/contract/documents';
import { unitName } from './SearchPanel';

interface Props {
  readonly unitKind: UnitKind;
  readonly units: readonly number[];
  readonly citations: readonly Citation[];
  /** The criteria in focus for this document (to list those without evidence). */
  readonly criterionIds?: readonly string[];
  readonly current: number;
  onGoTo(unit: number): void;
}

/** One cell per page: which criteria cite it; uncited cells stay empty (striped), not just paler. */
export function CoverageStrip({ unitKind, units, citations, criterionIds = [], current, onGoTo }: Props) {
  const coverage = computeCoverage(units, citations, criterionIds);
  const dense = units.length > 60;
  return (
    <div className="coverage" aria-label="Täckning: belägg per sida">
      <ol className={`coverage-cells${dense ? ' dense' : ''}`}>
        {coverage.cells.map((cell) => {
          const cited = cell.criteria.length > 0;
          const label = `${unitName(unitKind, cell.unit)}: ${cited ? `belägg för ${cell.criteria.join(', ')}` : 'inga belägg'}`;
          return (
            <li key={cell.unit}>
              <button
                type="button"
                className={`coverage-cell${cited ? ' cited' : ''}${cell.unit === current ? ' current' : ''}`}
                aria-label={label}
                title={label}
                onClick={() => onGoTo(cell.unit)}
              >
                {!dense && cited && <span aria-hidden="true">{cell.criteria.length}</span>}
              </button>
            </li>
          );
        })}
      </ol>
      <p className="coverage-summary small">
        {coverage.uncited.length === units.length
          ? 'Inga belägg i dokumentet ännu.'
          : `${units.length - coverage.uncited.length} av ${units.length} ${unitKind === 'page' ? 'sidor' : 'stycken'} citerade`}
        {coverage.criteriaWithoutEvidence.length > 0 && (
          <> · Kriterier utan belägg: {coverage.criteriaWithoutEvidence.join(', ')}</>
        )}
      </p>
    </div>
  );
}
