import { useMemo } from 'react';
import { roundPackageProblems, roundSourceSchema } from '../../../../shared/formats/round';
import { useScreenChrome } from '../../../app/chrome-store';
import { FormContext } from '../form/form-context';
import { useFormApi } from '../form/use-form-api';
import { issuesFrom } from '../form/validation';
import { ValidationSummary } from '../form/ValidationSummary';
import { SignAndSave } from '../SignAndSave';
import { ContestantsSection } from './ContestantsSection';
import { DeclaredConflictsSection } from './DeclaredConflictsSection';
import { ExaminersSection } from './ExaminersSection';
import { FeedbackPolicySection } from './FeedbackPolicySection';
import { OpenRoundFile } from './OpenRoundFile';
import { PrizesSection } from './PrizesSection';
import { documentsWithoutFile, useRoundSetup } from './round-draft-store';
import { RoundBasics } from './RoundBasics';
import { TeamsSection } from './TeamsSection';
import { DraftBar } from '../drafts/DraftBar';
import { savedRoundDraft } from '../drafts/saved-shapes';
import { useSavedDraft } from '../drafts/use-saved-draft';
import { getPackage, signRound } from '../requests';

/** Stadsledningskontoret's round set-up: people, documents, teams and deadlines, with jäv checked as you assign. */
/** A saved set-up opened again: its package given again when it is still on this computer. */
async function openSaved(id: string, content: Record<string, unknown> | null): Promise<void> {
  const saved = savedRoundDraft(content);
  const view = saved?.packageSha256 ? await getPackage({ sha256: saved.packageSha256 }).catch(() => null) : null;
  useRoundSetup.getState().open(id, saved && { draft: saved.draft, package: view });
}

export function RoundSetupScreen({ draftId }: { draftId?: string }) {
  useScreenChrome([
    { label: 'Tävlingsomgångar', route: { name: 'start' } },
    { label: 'Stadsledningskontoret', route: { name: 'authoring' } },
    { label: 'Ny tävlingsomgång' },
  ]);
  const { draft, pkg, packageSha256, files, edit, history, undo, redo, draftId: openId } = useRoundSetup();
  const content = useMemo(() => ({ draft, packageSha256 }), [draft, packageSha256]);
  const title = draft.round.title || draft.round.id || 'Omgång utan titel';
  const loading = useSavedDraft({ kind: 'round', routeId: draftId, openId, content, title, open: openSaved });
  const parsed = useMemo(() => roundSourceSchema.safeParse(draft), [draft]);
  const issues = useMemo(() => {
    const problems = [
      ...(pkg ? roundPackageProblems(draft, pkg) : [{ path: ['criteriaPackage'], message: 'välj ett kriteriepaket' }]),
      ...documentsWithoutFile(draft, files).map((path) => ({ path, message: 'ingen fil är vald; välj dokumentet igen' })),
    ];
    return issuesFrom(draft, parsed.success ? [] : parsed.error.issues, problems);
  }, [draft, pkg, files, parsed]);
  const form = useFormApi(draft, edit, issues);
  if (loading) return <p className="page muted">Hämtar utkastet…</p>;

  const sign = (keyFileId: string) =>
    signRound({
      source: parsed.data!,
      packageSha256: packageSha256!,
      documents: parsed.data!.contestants.flatMap((c) => c.documents.map((d) => ({ path: d.path, fileId: files[d.path]!.id }))),
      keyFileId,
    });

  return (
    <FormContext.Provider value={form}>
      <div className="page editor-page">
        <div className="page-header">
          <div>
            <h1>Ny tävlingsomgång</h1>
            <p className="muted">Tävlande och deras dokument, examinatorer, team och tidsplan blir en signerad omgångsfil (.kvomgang).</p>
          </div>
          <span className="spacer" />
          <button type="button" className="button quiet small" onClick={() => useRoundSetup.getState().reset()}>
            Börja om
          </button>
        </div>
        <OpenRoundFile />
        <DraftBar history={history} undo={undo} redo={redo} />
        <ValidationSummary issues={issues} validText="Omgången följer formatet, utan jäv, och kan signeras." />
        <RoundBasics />
        <PrizesSection />
        <ContestantsSection />
        <ExaminersSection />
        <DeclaredConflictsSection />
        <TeamsSection />
        <FeedbackPolicySection />
        <SignAndSave ready={issues.length === 0} doneText="Omgången är signerad och sparad" sign={sign} />
      </div>
    </FormContext.Provider>
  );
}
