import { formatNumber } from '../../../../shared/format';
import { pickFiles } from '../../../api';
import { reportFailure } from '../../../app/notice-store';
import { useForm } from '../form/form-context';
import { Fold } from '../form/Fold';
import { TextField } from '../form/Fields';
import { IdField } from '../form/IdField';
import { ItemControls } from '../form/ListControls';
import { nextId } from '../form/paths';
import { ContestantAwards } from './ContestantAwards';
import { useRoundSetup } from './round-draft-store';
import { newContestant, type RoundDraft } from './templates';

const LIST = ['contestants'] as const;

function Documents({ index, contestant }: { index: number; contestant: RoundDraft['contestants'][number] }) {
  const files = useRoundSetup((s) => s.files);
  const { remove } = useRoundSetup();
  const form = useForm();
  const choose = async () => {
    try {
      const picked = await pickFiles(['document'], true);
      if (picked.length > 0) useRoundSetup.getState().addDocuments(index, picked);
    } catch (error) {
      reportFailure(error);
    }
  };
  const path = [...LIST, index, 'documents'];
  const listError = form.errorAt(path);
  return (
    <fieldset className="subsection">
      <legend>Verksamhetsbeskrivning</legend>
      <ul className="edit-list">
        {contestant.documents.map((document, d) => {
          const file = files[document.path];
          const fileError = form.errorAt([...path, d, 'path']);
          return (
            <li key={document.path} className="edit-row">
              <TextField label="Titel" path={[...path, d, 'title']} />
              <div className="document-file">
                <span className="mono small">{document.path}</span>
                <span className={fileError ? 'error' : 'muted small'}>
                  {file ? `${file.name}, ${formatNumber(file.bytes / 1024, 0)} kB` : fileError ?? 'Ingen fil vald'}
                </span>
              </div>
              <button type="button" className="button quiet small danger" aria-label={`Ta bort ${document.path}`} onClick={() => remove(path, d)}>
                Ta bort
              </button>
            </li>
          );
        })}
      </ul>
      {listError && <p className="error">{listError}</p>}
      <button type="button" className="button small" onClick={() => void choose()}>
        Välj dokument…
      </button>
    </fieldset>
  );
}

export function ContestantsSection() {
  const contestants = useRoundSetup((s) => s.draft.contestants);
  const { append, remove, move, renameId } = useRoundSetup();
  return (
    <section className="card form-section" aria-labelledby="contestants-title">
      <h2 id="contestants-title">Tävlande</h2>
      {contestants.map((contestant, index) => {
        const name = contestant.name || contestant.id || `tävlande ${index + 1}`;
        return (
          <Fold key={index} path={[...LIST, index]} title={name} open actions={<ItemControls name={name} index={index} count={contestants.length} onMove={(d) => move(LIST, index, d)} onRemove={() => remove(LIST, index)} />}>
            <div className="form-grid">
              <IdField label="Id" path={[...LIST, index, 'id']} taken={contestants.filter((_, i) => i !== index).map((c) => c.id)} onRename={(to) => renameId('contestant', index, to)} />
              <TextField label="Namn" path={[...LIST, index, 'name']} className="wide" />
              <TextField label="Organisation" path={[...LIST, index, 'organisation']} hint="Förvaltning eller bolag; används för jävskontrollen." />
              <ContestantAwards index={index} />
            </div>
            <Documents index={index} contestant={contestant} />
          </Fold>
        );
      })}
      <button type="button" className="button small" onClick={() => append(LIST, newContestant(nextId(contestants, 'c-')))}>
        Lägg till tävlande
      </button>
    </section>
  );
}
