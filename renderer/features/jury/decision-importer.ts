/** `.kvbeslut` files from the dialog, drag and drop or the OS go to the decision's preview. */
import { registerImporter } from '../../app/import-files';
import { importDecisionFiles } from './decision-import-store';

registerImporter('kvbeslut', importDecisionFiles);
