/**
 * Side-effect module: each feature registers the file types it imports.
 * (Features add their line here.)
 */
import './packages/importers';
