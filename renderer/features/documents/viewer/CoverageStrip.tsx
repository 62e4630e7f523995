import { computeCoverage, type Citation, type CoverageCell } from '../../../../shared/documents/coverage';
import type { UnitKind } from '../../../../shared/contract/documents';
import { unitName } from './SearchPanel';

/** More units than this (a DOCX's paragraphs) are shown as this many cells, each a run of units. */
const MAX_CELLS = 60;

interface Props {
  readonly unitKind: UnitKind;
  readonly units: readonly number[];
  readonly citations: readonly Citation[];
  /** The criteria in focus for this document (to list those without evidence). */
  readonly criterionIds?: readonly string[];
  readonly current: number;
  onGoTo(unit: number): void;
}

interface Cell {
  readonly first: number;
  readonly last: number;
  readonly criteria: readonly string[];
}

function cellsOf(cells: readonly CoverageCell[]): Cell[] {
  const size = Math.ceil(cells.length / MAX_CELLS);
  const grouped: Cell[] = [];
  for (let i = 0; i < cells.length; i += size) {
    const run = cells.slice(i, i + size);
    grouped.push({ first: run[0]!.unit, last: run.at(-1)!.unit, criteria: [...new Set(run.flatMap((c) => c.criteria))] });
  }
  return grouped;
}

/** One cell per page (or run of paragraphs): which criteria cite it; uncited cells are striped, not just paler. */
export function CoverageStrip({ unitKind, units, citations, criterionIds = [], current, onGoTo }: Props) {
  const coverage = computeCoverage(units, citations, criterionIds);
  const cells = cellsOf(coverage.cells);
  const name = (cell: Cell) =>
    cell.first === cell.last ? unitName(unitKind, cell.first) : `${unitName(unitKind, cell.first)}–${cell.last}`;
  return (
    <div className="coverage" aria-label="Täckning: belägg per sida">
      <ol className="coverage-cells">
        {cells.map((cell) => {
          const cited = cell.criteria.length > 0;
          // The count shown in the cell is part of its name (what is seen is what is heard).
          const label = `${name(cell)}: ${cited ? `${cell.criteria.length} med belägg, ${cell.criteria.join(', ')}` : 'inga belägg'}`;
          const here = current >= cell.first && current <= cell.last;
          return (
            <li key={cell.first}>
              <button
                type="button"
                className={`coverage-cell${cited ? ' cited' : ''}${here ? ' current' : ''}`}
                aria-label={label}
                title={label}
                onClick={() => onGoTo(cell.first)}
              >
                {cited && <span aria-hidden="true">{cell.criteria.length}</span>}
              </button>
            </li>
          );
        })}
      </ol>
      <p className="coverage-summary small">
        {coverage.uncited.length === units.length
          ? 'Inga belägg i dokumentet ännu.'
          : `${units.length - coverage.uncited.length} av ${units.length} ${unitKind === 'page' ? 'sidor' : 'stycken'} citerade`}
        {coverage.criteriaWithoutEvidence.length > 0 && <> · Utan belägg: {coverage.criteriaWithoutEvidence.join(', ')}</>}
      </p>
    </div>
  );
}
