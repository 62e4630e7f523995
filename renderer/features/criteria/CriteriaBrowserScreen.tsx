import { useEffect } from 'react';
import { allCriteria } from '../../../shared/formats/criteria-package';
import { useScreenChrome, type Crumb } from '../../app/chrome-store';
import { navigate } from '../../app/router-store';
import { useRound } from '../round/round-store';
import { CriteriaNav } from './CriteriaNav';
import { CriterionDetail } from './CriterionDetail';
import { PackageOverview } from './PackageOverview';
import { useCriteria } from './criteria-store';
import { ScreenError } from '../../components/ScreenError';

/** The criteria browser: areas → criteria, each with its questions, guidance and scale. */
export function CriteriaBrowserScreen({ packageSha256, criterionId, roundId }: { packageSha256: string; criterionId?: string; roundId?: string }) {
  const view = useCriteria((s) => (s.view?.sha256 === packageSha256 ? s.view : null));
  const error = useCriteria((s) => s.error);
  const roundTitle = useRound((s) => (roundId && s.overview?.id === roundId ? s.overview.title : null));
  useEffect(() => {
    void useCriteria.getState().load(packageSha256);
    if (roundId) void useRound.getState().load(roundId);
  }, [packageSha256, roundId]);

  const crumbs: Crumb[] = [{ label: 'Tävlingsomgångar', route: { name: 'start' } }];
  if (roundId) crumbs.push({ label: roundTitle ?? 'Omgången', route: { name: 'round', roundId } });
  crumbs.push({ label: view ? `Kriterier – ${view.content.title}` : 'Kriterier' });
  useScreenChrome(crumbs, view?.exampleMaterial ?? false);

  const open = (id?: string) => navigate({ name: 'criteria', packageSha256, ...(id ? { criterionId: id } : {}), ...(roundId ? { roundId } : {}) });

  if (error) return <ScreenError message={error} />;
  if (!view) return <div className="page muted">Läser kriteriepaketet…</div>;

  const list = allCriteria(view.content);
  const index = list.findIndex((entry) => entry.criterion.id === criterionId);
  const selected = list[index];
  const previous = list[index - 1];
  const next = index >= 0 ? list[index + 1] : list[0];
  return (
    <div className="criteria-browser">
      <CriteriaNav pkg={view.content} current={selected?.criterion.id} onOpen={open} />
      <div className="criteria-content">
        {selected ? <CriterionDetail pkg={view.content} area={selected.area} criterion={selected.criterion} /> : <PackageOverview pkg={view.content} />}
        <div className="toolbar pager">
          {previous && (
            <button type="button" className="button" onClick={() => open(previous.criterion.id)}>
              ‹ {previous.criterion.id} {previous.criterion.title}
            </button>
          )}
          <span className="spacer" />
          {next && (
            <button type="button" className="button" onClick={() => open(next.criterion.id)}>
              {next.criterion.id} <bdi>{next.criterion.title}</bdi> ›
            </button>
          )}
        </div>
      </div>
    </div>
  );
}
