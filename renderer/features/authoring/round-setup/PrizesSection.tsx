import type { Prize } from '../../../../shared/formats/prizes';
import { Fold } from '../form/Fold';
import { TextField } from '../form/Fields';
import { IdField } from '../form/IdField';
import { ItemControls } from '../form/ListControls';
import { draftPrizes, framstegetPreset, newAspect, newPrize } from './prize-entries';
import { useRoundSetup } from './round-draft-store';

const LIST = ['round', 'prizes'] as const;

function Aspects({ index, prize }: { index: number; prize: Prize }) {
  const { append, remove, move } = useRoundSetup();
  const path = [...LIST, index, 'aspects'] as const;
  return (
    <fieldset className="subsection">
      <legend>Aspekter</legend>
      <ol className="edit-list">
        {prize.aspects.map((aspect, a) => {
          const name = `aspekten ${aspect.title || aspect.id || a + 1} i ${prize.title || prize.id}`;
          return (
            <li key={a} className="edit-row">
              <TextField label="Id" path={[...path, a, 'id']} />
              <TextField label="Aspekt" path={[...path, a, 'title']} maxLength={200} />
              <TextField label="Vad aspekten innebär" path={[...path, a, 'description']} multiline maxLength={2000} className="wide" />
              <ItemControls name={name} index={a} count={prize.aspects.length} onMove={(d) => move(path, a, d)} onRemove={() => remove(path, a)} />
            </li>
          );
        })}
      </ol>
      <button type="button" className="button small" onClick={() => append(path, newAspect(prize.aspects))}>
        Lägg till aspekt
      </button>
    </fieldset>
  );
}

/** `round.prizes`: prizes without scores, assessed in writing per aspect; the jury decides. */
export function PrizesSection() {
  const prizes = useRoundSetup((s) => draftPrizes(s.draft));
  const { append, move, renamePrize, removePrize } = useRoundSetup();
  return (
    <section className="card form-section" aria-labelledby="prizes-title">
      <h2 id="prizes-title">Priser utan poäng</h2>
      <p className="muted small">
        Ett pris bedöms i text per aspekt, med styrkor, förbättringsområden och belägg men utan poäng, och domarkommittén beslutar. En tävlande kan delta i den
        poängsatta utmärkelsen, i ett pris eller i båda.
      </p>
      {prizes.map((prize, index) => {
        const name = prize.title || prize.id || `pris ${index + 1}`;
        return (
          <Fold key={index} path={[...LIST, index]} title={name} open actions={<ItemControls name={name} index={index} count={prizes.length} onMove={(d) => move(LIST, index, d)} onRemove={() => removePrize(index)} />}>
            <div className="form-grid">
              <IdField label="Id" path={[...LIST, index, 'id']} taken={prizes.filter((_, i) => i !== index).map((p) => p.id)} onRename={(to) => renamePrize(index, to)} />
              <TextField label="Prisets namn" path={[...LIST, index, 'title']} className="wide" maxLength={300} />
              <TextField label="Beskrivning" path={[...LIST, index, 'description']} multiline className="wide" maxLength={4000} />
            </div>
            <Aspects index={index} prize={prize} />
          </Fold>
        );
      })}
      <div className="check-row">
        <button type="button" className="button small" onClick={() => append(LIST, framstegetPreset(prizes))}>
          Lägg till Framsteget
        </button>
        <button type="button" className="button small quiet" onClick={() => append(LIST, newPrize(prizes))}>
          Lägg till annat pris
        </button>
      </div>
    </section>
  );
}
