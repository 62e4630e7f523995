import { ReopenConfirm } from '../../components/ReopenConfirm';
import { reopen } from './desk-navigation';

/** Opening a new revision of my submitted assessment. */
export function ReopenDialog({ revision, onClose }: { revision: number; onClose: () => void }) {
  return <ReopenConfirm revision={revision} usedBy="rapporterna" onConfirm={() => void reopen()} onClose={onClose} />;
}
