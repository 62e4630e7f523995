/** PDF and DOCX files opened directly (dialog, drop, file association) open in the reader. */
import { registerImporter } from '../../app/import-files';
import { useDocuments } from './documents-store';

const openDocuments = (files: Parameters<ReturnType<typeof useDocuments.getState>['importFiles']>[0]) =>
  useDocuments.getState().importFiles(files);

registerImporter('pdf', openDocuments);
registerImporter('docx', openDocuments);
