import { withoutBidiControls } from '../../shared/bidi';
import { useNotices } from '../app/notice-store';

const ICON = { error: '⚠', success: '✓', info: 'ℹ' } as const;

/** App-wide messages; errors are announced assertively, the rest politely. Messages quote file names, so bidi controls are dropped. */
export function Notices() {
  const notices = useNotices((s) => s.notices);
  const dismiss = useNotices((s) => s.dismiss);
  return (
    <div className="notices">
      {notices.map((notice) => (
        <div key={notice.id} className={`notice ${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'}>
          <span aria-hidden="true">{ICON[notice.tone]}</span>
          <p>{withoutBidiControls(notice.text)}</p>
          <button type="button" className="button quiet small" onClick={() => dismiss(notice.id)}>
            Stäng
          </button>
        </div>
      ))}
    </div>
  );
}
