import { useId, useState } from 'react';
import { fingerprint } from '../../../shared/fingerprint';
import { Modal } from '../../components/Modal';
import { useReplacePrompt } from './replace-prompt-store';

/**
 * formats.md "Replacing a round": a bundle signed with another trusted key
 * replaces a round only after the user has compared both fingerprints with
 * stadsledningskontoret and confirmed it.
 */
export function ReplaceRoundDialog() {
  const { request, answer } = useReplacePrompt();
  const [checked, setChecked] = useState(false);
  const checkId = useId();
  if (!request) return null;
  const close = (confirmed: boolean) => {
    setChecked(false);
    answer(confirmed);
  };
  return (
    <Modal titleId="replace-round-title" describedBy="replace-round-intro" onCancel={() => close(false)}>
      <h2 id="replace-round-title">Omgången är signerad med en annan nyckel</h2>
      <p id="replace-round-intro">
        Omgången "<bdi>{request.title}</bdi>" finns redan på datorn. "<bdi>{request.fileName}</bdi>" är signerad med en annan nyckel än den
        omgången har. Ring stadsledningskontoret och jämför båda fingeravtrycken innan du låter den nya filen ersätta omgången.
      </p>
      <dl className="key-compare">
        <dt>Nyckeln för omgången du har</dt>
        <dd className="fingerprint mono">{fingerprint(request.currentKeyId)}</dd>
        <dt>Nyckeln i den nya filen</dt>
        <dd className="fingerprint mono">{fingerprint(request.newKeyId)}</dd>
      </dl>
      <p className="check">
        <input id={checkId} type="checkbox" checked={checked} onChange={(e) => setChecked(e.target.checked)} />
        <label htmlFor={checkId}>Jag har jämfört båda fingeravtrycken med stadsledningskontoret, och den nya nyckeln ska gälla.</label>
      </p>
      <div className="toolbar modal-actions">
        <button type="button" className="button primary" disabled={!checked} onClick={() => close(true)}>
          Ersätt omgången
        </button>
        <button type="button" className="button" onClick={() => close(false)}>
          Behåll omgången som den är
        </button>
      </div>
    </Modal>
  );
}
