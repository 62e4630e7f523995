/**
 * Side-effect module: each feature registers the file types it imports.
 * (Features add their line here.)
 */
import './documents/import';
import './packages/importers';
import './exchange/importer';
import './jury/decision-importer';
