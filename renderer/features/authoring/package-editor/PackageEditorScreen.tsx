import { useMemo } from 'react';
import { criteriaPackageSourceSchema } from '../../../../shared/formats/criteria-package';
import { useScreenChrome } from '../../../app/chrome-store';
import { FormContext } from '../form/form-context';
import { useFormApi } from '../form/use-form-api';
import { issuesFrom } from '../form/validation';
import { ValidationSummary } from '../form/ValidationSummary';
import { SignAndSave } from '../SignAndSave';
import { AreasSection } from './AreasSection';
import { BasicsSection } from './BasicsSection';
import { ClassesSection } from './ClassesSection';
import { CriteriaFromSheet } from './CriteriaFromSheet';
import { usePackageEditor } from './package-draft-store';
import { PrintPackage } from './PrintPackage';
import { ScalesSection } from './ScalesSection';
import { StartFrom } from './StartFrom';
import { DraftBar } from '../drafts/DraftBar';
import { savedPackageDraft } from '../drafts/saved-shapes';
import { useSavedDraft } from '../drafts/use-saved-draft';
import { signPackage } from '../requests';

/** Stadsledningskontoret's criteria-package editor: validated live by the very schema that checks imports. */
export function PackageEditorScreen({ draftId }: { draftId?: string }) {
  useScreenChrome([
    { label: 'Tävlingsomgångar', route: { name: 'start' } },
    { label: 'Stadsledningskontoret', route: { name: 'authoring' } },
    { label: 'Kriteriepaket' },
  ]);
  const { draft, basedOn, edit, history, undo, redo, open, draftId: openId } = usePackageEditor();
  const content = useMemo(() => ({ draft, basedOn }), [draft, basedOn]);
  const title = draft.package.title || draft.package.id || 'Kriteriepaket utan titel';
  const loading = useSavedDraft({ kind: 'package', routeId: draftId, openId, content, title, open: (id, saved) => open(id, savedPackageDraft(saved)) });
  const parsed = useMemo(() => criteriaPackageSourceSchema.safeParse(draft), [draft]);
  const issues = useMemo(() => (parsed.success ? [] : issuesFrom(draft, parsed.error.issues)), [draft, parsed]);
  const form = useFormApi(draft, edit, issues);
  if (loading) return <p className="page muted">Hämtar utkastet…</p>;

  return (
    <FormContext.Provider value={form}>
      <div className="page editor-page">
        <div className="page-header">
          <div>
            <h1>Kriteriepaket</h1>
            <p className="muted">Områden, kriterier, skalor och klasser. Allt kontrolleras medan du skriver, med samma regler som när paketet importeras.</p>
          </div>
        </div>
        <DraftBar history={history} undo={undo} redo={redo} />
        <StartFrom />
        <ValidationSummary issues={issues} validText="Paketet följer formatet och kan signeras." />
        <BasicsSection />
        <ClassesSection />
        <ScalesSection />
        <CriteriaFromSheet />
        <AreasSection />
        <SignAndSave
          ready={parsed.success}
          doneText="Kriteriepaketet är signerat och sparat"
          sign={(keyFileId) => signPackage({ source: parsed.data!, keyFileId })}
          actions={<PrintPackage source={parsed.success ? parsed.data : null} />}
        />
      </div>
    </FormContext.Provider>
  );
}
