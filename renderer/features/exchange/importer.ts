/** `.kvbedomning` files from the dialog, drag and drop or the OS go to the import preview. */
import { registerImporter } from '../../app/import-files';
import { useAssessmentImport } from './import-store';

registerImporter('kvbedomning', (files) => useAssessmentImport.getState().start(files));
