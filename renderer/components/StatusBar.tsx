import { formatTime } from '../../shared/format';
import { useNotices } from '../app/notice-store';
import { useAppInfo } from '../app/app-info-store';

export function StatusBar() {
  const savedAt = useNotices((s) => s.savedAt);
  const info = useAppInfo((s) => s.info);
  return (
    <footer className="statusbar">
      <span>{info ? `Examinator ${info.version}` : 'Examinator'}</span>
      <span className="spacer" />
      <span aria-live="polite">{savedAt ? `Sparat ${formatTime(savedAt)}` : ''}</span>
    </footer>
  );
}
