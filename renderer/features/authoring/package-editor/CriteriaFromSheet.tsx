import { useState } from 'react';
import type { SheetCriteria } from '../../../../shared/contract/authoring';
import type { Area } from '../../../../shared/formats/criteria-package';
import { pickFiles } from '../../../api';
import { useNotices, reportFailure } from '../../../app/notice-store';
import { useForm } from '../form/form-context';
import { readCriteriaSheet, saveCriteriaTemplate } from '../requests';

type Read = { readonly fileName: string; readonly result: SheetCriteria };

const ids = (list: unknown) => (Array.isArray(list) ? list.map((item: { id?: unknown }) => item.id).filter((id): id is string => typeof id === 'string' && id !== '') : []);

/**
 * Areas and criteria from a spreadsheet laid out as the template: every row
 * is checked first; nothing changes until the user confirms a sheet without
 * problems, and then all areas are replaced in one step.
 */
export function CriteriaFromSheet() {
  const form = useForm();
  const [read, setRead] = useState<Read | null>(null);
  const current = (form.read(['package', 'areas']) ?? []) as Area[];
  const choose = async () => {
    try {
      const [file] = await pickFiles(['sheet']);
      if (!file) return;
      const result = await readCriteriaSheet({ fileId: file.id, scales: ids(form.read(['package', 'scales'])), classes: ids(form.read(['package', 'classes'])) });
      setRead({ fileName: file.name, result });
    } catch (error) {
      reportFailure(error);
    }
  };
  const saveTemplate = async () => {
    try {
      const saved = await saveCriteriaTemplate({});
      if (saved) useNotices.getState().show('success', `Mallen är sparad i ${saved.path}.`);
    } catch (error) {
      reportFailure(error);
    }
  };
  const apply = (areas: Area[]) => {
    form.edit(['package', 'areas'], areas);
    setRead(null);
  };
  const count = (areas: readonly Area[]) => `${areas.reduce((n, a) => n + a.criteria.length, 0)} kriterier i ${areas.length} områden`;
  return (
    <section className="card form-section" aria-labelledby="sheet-title">
      <h2 id="sheet-title">Kriterier från kalkylblad</h2>
      <p className="muted small">
        Områden och kriterier kan läsas från ett Excel-ark (.xlsx) eller en CSV-fil med samma kolumner som mallen, en rad per kriterium. Skalorna och
        tävlingsklasserna ovan ska finnas först; raderna anger dem med id.
      </p>
      <div className="toolbar">
        <button type="button" className="button small" onClick={() => void choose()}>
          Välj kalkylblad…
        </button>
        <button type="button" className="button quiet small" onClick={() => void saveTemplate()}>
          Spara mallen…
        </button>
      </div>
      {read && !read.result.ok && (
        <div className="validation invalid" role="alert">
          <h3>
            <span aria-hidden="true">⚠ </span>
            {read.fileName}: {read.result.problems.length === 1 ? '1 fel' : `${read.result.problems.length} fel`}. Ingenting har ändrats.
          </h3>
          <ul className="sheet-problems">
            {read.result.problems.map((p, i) => (
              <li key={i}>
                Rad {p.row}: {p.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {read?.result.ok && (
        <div className="validation" role="status">
          <p>
            {read.fileName} har {count(read.result.areas)}. De ersätter paketets {count(current)}; skalor, klasser och grunduppgifter ändras inte.
          </p>
          <div className="toolbar">
            <button type="button" className="button primary small" onClick={() => apply((read.result as Extract<SheetCriteria, { ok: true }>).areas)}>
              Ersätt områden och kriterier
            </button>
            <button type="button" className="button quiet small" onClick={() => setRead(null)}>
              Avbryt
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
