import type Database from 'better-sqlite3';
import m0001 from './0001-settings';
import m0002 from './0002-rounds';
import m0003 from './0003-documents';
import m0004 from './0004-trusted-keys';
import m0005 from './0005-assessments';
import m0006 from './0006-exchange';
import m0007 from './0007-consensus';
import m0008 from './0008-authoring-drafts';
import m0009 from './0009-submitted-revisions';
import m0010 from './0010-jury';
import m0011 from './0011-feedback-to-contestant';

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly up: (db: Database.Database) => void;
}

/** Every migration, in order. Released migrations are never edited: add a new one. */
export const migrations: readonly Migration[] = [m0001, m0002, m0003, m0004, m0005, m0006, m0007, m0008, m0009, m0010, m0011];
