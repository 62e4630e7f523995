import { pickFiles } from '../../../api';
import { reportFailure } from '../../../app/notice-store';
import { usePackageEditor } from './package-draft-store';
import { openPackageFile } from '../requests';

/** Last year's signed package from a file (it need not be imported first), opened as its next revision. */
export function OpenPackageFile() {
  const open = async () => {
    try {
      const [file] = await pickFiles(['kvpaket']);
      if (!file) return;
      const opened = await openPackageFile({ fileId: file.id });
      usePackageEditor.getState().startFrom({ id: opened.content.id, revision: opened.content.revision, content: opened.content });
    } catch (error) {
      reportFailure(error);
    }
  };
  return (
    <button type="button" className="button small" onClick={() => void open()}>
      Öppna en paketfil…
    </button>
  );
}
