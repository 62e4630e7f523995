import { useEffect, useId, useState } from 'react';
import type { DraftSummary } from '../../../../shared/contract/drafts';
import { formatDateTime } from '../../../../shared/format';
import { DialogActions } from '../../../components/DialogActions';
import { Modal } from '../../../components/Modal';
import { useNotices, reportFailure } from '../../../app/notice-store';
import { navigate } from '../../../app/router-store';
import { discardDraft, listDrafts } from '../requests';

const KIND_LABEL = { package: 'Kriteriepaket', round: 'Tävlingsomgång' } as const;

function DiscardConfirm({ draft, onConfirm, onClose }: { draft: DraftSummary; onConfirm(): void; onClose(): void }) {
  const titleId = useId();
  const describedId = useId();
  return (
    <Modal titleId={titleId} describedBy={describedId} onCancel={onClose}>
      <h2 id={titleId}>Kasta utkastet?</h2>
      <p id={describedId}>
        Utkastet ”{draft.title}” tas bort från datorn och kan inte tas tillbaka. Filer som redan är signerade och sparade påverkas inte.
      </p>
      <DialogActions cancel="Behåll" onCancel={onClose} confirm="Kasta utkastet" tone="danger" onConfirm={onConfirm} />
    </Modal>
  );
}

/** Stadsledningskontoret's drafts kept on this computer: resumed, or discarded deliberately. */
export function DraftList() {
  const [drafts, setDrafts] = useState<readonly DraftSummary[]>([]);
  const [discarding, setDiscarding] = useState<DraftSummary | null>(null);
  const load = () => listDrafts({}).then(setDrafts, (error: unknown) => reportFailure(error));
  useEffect(() => {
    void load();
  }, []);
  const discard = async (draft: DraftSummary) => {
    setDiscarding(null);
    try {
      await discardDraft({ id: draft.id });
      useNotices.getState().show('success', `Utkastet ”${draft.title}” är kastat.`);
    } catch (error) {
      reportFailure(error);
    }
    await load();
  };
  if (drafts.length === 0) return null;
  return (
    <section className="card drafts-card" aria-labelledby="drafts-title">
      <h2 id="drafts-title">Påbörjade utkast</h2>
      <ul className="plain-list draft-list">
        {drafts.map((draft) => (
          <li key={draft.id} className="toolbar">
            <span>
              <strong>{draft.title}</strong> <span className="muted small">{KIND_LABEL[draft.kind]}, senast ändrat {formatDateTime(draft.updatedAt)}</span>
            </span>
            <span className="spacer" />
            <button
              type="button"
              className="button small"
              aria-label={`Fortsätt med ${draft.title}`}
              onClick={() => navigate({ name: draft.kind === 'package' ? 'package-editor' : 'round-setup', draftId: draft.id })}
            >
              Fortsätt
            </button>
            <button type="button" className="button quiet small danger" aria-label={`Kasta utkastet ${draft.title}`} onClick={() => setDiscarding(draft)}>
              Kasta…
            </button>
          </li>
        ))}
      </ul>
      {discarding && <DiscardConfirm draft={discarding} onConfirm={() => void discard(discarding)} onClose={() => setDiscarding(null)} />}
    </section>
  );
}
