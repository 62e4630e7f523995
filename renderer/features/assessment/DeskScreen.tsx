import { useCallback, useEffect, useMemo, useState } from 'react';
import { useScreenChrome } from '../../app/chrome-store';
import { CriteriaList } from './CriteriaList';
import { isAspectKey } from '../../../shared/domain/prize-aspects';
import { AspectPanel } from './AspectPanel';
import { CriterionPanel } from './CriterionPanel';
import { defaultLeft, defaultRight, useDeskLayout } from './desk-layout';
import { loadDesk, useDesk } from './desk-store';
import { flushAll } from './drafts';
import { DeskHeader } from './DeskHeader';
import { DeskViewer } from './DeskViewer';
import { ExportDialog } from '../exchange/ExportDialog';
import { ReopenDialog } from './ReopenDialog';
import { ShortcutsDialog } from './ShortcutsDialog';
import { Splitter } from './Splitter';
import { SubmitDialog } from './SubmitDialog';
import { useDeskKeys } from './use-desk-keys';
import { ScreenError } from '../../components/ScreenError';

type Dialog = 'submit' | 'reopen' | 'export' | 'shortcuts' | null;

function useWindowWidth(): number {
  const [width, setWidth] = useState(window.innerWidth);
  useEffect(() => {
    const update = () => setWidth(window.innerWidth);
    window.addEventListener('resize', update);
    return () => window.removeEventListener('resize', update);
  }, []);
  return width;
}

/** Bedömning: the examiner's desk — criteria and prize aspects, the document, the one being worked on. */
export function DeskScreen({ roundId, contestantId, criterionId }: { roundId: string; contestantId: string; criterionId?: string }) {
  const ready = useDesk((s) => s.context?.roundId === roundId && s.context.contestant.id === contestantId && s.assessment !== null);
  const context = useDesk((s) => s.context);
  const error = useDesk((s) => s.error);
  const revision = useDesk((s) => s.assessment?.revision ?? 1);
  const assessmentId = useDesk((s) => s.assessment?.id ?? null);
  const announcement = useDesk((s) => s.announcement);
  const aspectOpen = useDesk((s) => s.currentId !== null && isAspectKey(s.currentId));
  const layout = useDeskLayout();
  const windowWidth = useWindowWidth();
  const left = layout.left ?? defaultLeft(windowWidth);
  const right = layout.right ?? defaultRight(windowWidth);
  const [dialog, setDialog] = useState<Dialog>(null);
  useEffect(() => {
    void loadDesk(roundId, contestantId, criterionId);
    // Leaving the desk saves what is being typed.
    const save = () => void flushAll();
    window.addEventListener('beforeunload', save);
    return () => {
      window.removeEventListener('beforeunload', save);
      save();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the criterion in the URL is only where to start
  }, [roundId, contestantId]);
  useScreenChrome(
    [
      { label: 'Tävlingsomgångar', route: { name: 'start' } },
      { label: context?.roundTitle ?? 'Omgång', route: { name: 'round', roundId } },
      { label: `Bedömning: ${context?.contestant.name ?? ''}` },
    ],
    context?.exampleMaterial ?? false,
  );
  const actions = useMemo(
    () => ({ showShortcuts: () => setDialog('shortcuts'), focusPanel: () => document.getElementById('criterion-title')?.focus() }),
    [],
  );
  useDeskKeys(actions);
  const close = useCallback(() => setDialog(null), []);

  if (error) return <ScreenError message={error} back={{ label: 'Till omgången', route: { name: 'round', roundId } }} />;
  if (!ready) return <p className="page muted" role="status">Öppnar bedömningen…</p>;
  return (
    <div className="desk-frame">
      <DeskHeader onSubmit={() => setDialog('submit')} onReopen={() => setDialog('reopen')} onExport={() => setDialog('export')} onShortcuts={() => setDialog('shortcuts')} />
      <div className="desk" style={{ gridTemplateColumns: `${left}px 6px minmax(320px, 1fr) 6px ${right}px` }}>
        <CriteriaList />
        <Splitter label="Bredd på kriterielistan" value={left} min={200} max={480} direction={1} onChange={(width) => layout.set({ left: width })} />
        <DeskViewer />
        <Splitter label="Bredd på kriteriepanelen" value={right} min={320} max={820} direction={-1} onChange={(width) => layout.set({ right: width })} />
        {aspectOpen ? <AspectPanel /> : <CriterionPanel />}
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {dialog === 'submit' && <SubmitDialog onClose={close} />}
      {dialog === 'reopen' && <ReopenDialog revision={revision} onClose={close} />}
      {dialog === 'shortcuts' && <ShortcutsDialog onClose={close} />}
      {dialog === 'export' && assessmentId && (
        <ExportDialog assessmentId={assessmentId} what={`din bedömning av ${context?.contestant.name ?? ''}`} allowPrivateNotes onClose={close} />
      )}
    </div>
  );
}
