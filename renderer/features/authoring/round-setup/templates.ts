import { ROUND_FORMAT } from '../../../../shared/formats/round';

export const newContestant = (id: string) => ({ id, name: '', organisation: '', class: '', documents: [] as { path: string; title: string; mediaType: string }[] });
export const newExaminer = (id: string) => ({ id, name: '', email: '', organisation: '' });
export const newTeam = (id: string, lead = '') => ({ id, lead, members: lead ? [lead] : ([] as string[]), contestants: [] as string[] });

/** A new round: one contestant, one examiner and one team to start from. */
export function newRoundDraft(today: string) {
  const year = Number(today.slice(0, 4));
  return {
    format: ROUND_FORMAT,
    formatVersion: 1,
    round: { id: '', title: '', year, deadlines: { individual: '', consensus: '', siteVisits: '', jury: '' } },
    criteriaPackage: { id: '', revision: 1 },
    contestants: [newContestant('c-1')],
    examiners: [newExaminer('e-1')],
    teams: [{ ...newTeam('lag-1', 'e-1'), contestants: ['c-1'] }],
  };
}

export type RoundDraft = ReturnType<typeof newRoundDraft>;

/** "documents/forskolan-solrosen.pdf" from a chosen file's name: plain letters, unique in the round. */
export function documentPathFor(fileName: string, taken: ReadonlySet<string>): string {
  const plain = fileName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[.-]+/, '')
    .toLowerCase() || 'dokument';
  const dot = plain.lastIndexOf('.');
  const [stem, ext] = dot > 0 ? [plain.slice(0, dot), plain.slice(dot)] : [plain, ''];
  let path = `documents/${plain}`;
  for (let n = 2; taken.has(path); n++) path = `documents/${stem}-${n}${ext}`;
  return path;
}

export function mediaTypeFor(fileName: string): string {
  return /\.docx$/i.test(fileName) ? 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' : 'application/pdf';
}
