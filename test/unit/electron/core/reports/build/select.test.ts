import { describe, expect, it } from 'vitest';
import { newestTeamFiles, type Candidate } from '../../../../../../electron/core/reports/build';
import type { AssessmentFile } from '../../../../../../shared/formats/assessment-file';
import { teamFile } from '../../../../../helpers/reports/build';
import { lindgarden } from '../../../../../helpers/reports/lindgarden';
import { solrosen } from '../../../../../helpers/reports/solrosen';
import { individualFileInput, signed } from '../../../../../helpers/reports/source';

const solrosenVisit = teamFile(solrosen);
const solrosenConsensus = teamFile({ ...solrosen, stage: 'consensus' });
const lindgardenConsensus = teamFile(lindgarden);

const candidate = (name: string, file: AssessmentFile, revision = file.revision, content = name): Candidate => ({ name, file: { ...file, revision }, contentSha256: content });

describe('newestTeamFiles', () => {
  it('takes the site visit before consensus, then the highest revision, and never an individual file', () => {
    const chosen = newestTeamFiles([
      candidate('solrosen-konsensus-r5.kvbedomning', solrosenConsensus, 5),
      candidate('solrosen-platsbesok-r1.kvbedomning', solrosenVisit, 1),
      candidate('lindgarden-r1.kvbedomning', lindgardenConsensus, 1),
      candidate('lindgarden-r3.kvbedomning', lindgardenConsensus, 3),
      candidate('lindgarden-r2.kvbedomning', lindgardenConsensus, 2),
      candidate('solrosen-bilal.kvbedomning', signed(individualFileInput(solrosen, 'BH', { revision: 9 })).file),
    ]);
    expect([...chosen].map(([id, c]) => [id, c.name])).toEqual([
      ['c-solrosen', 'solrosen-platsbesok-r1.kvbedomning'],
      ['c-lindgarden', 'lindgarden-r3.kvbedomning'],
    ]);
    expect(newestTeamFiles([candidate('bilal.kvbedomning', signed(individualFileInput(solrosen, 'BH')).file)]).size).toBe(0);
  });

  it('accepts the same file twice, but refuses two different files with the same stage and revision', () => {
    expect(newestTeamFiles([candidate('a.kvbedomning', lindgardenConsensus, 2, 'x'), candidate('kopia.kvbedomning', lindgardenConsensus, 2, 'x')]).size).toBe(1);
    expect(() => newestTeamFiles([candidate('a.kvbedomning', lindgardenConsensus, 2), candidate('b.kvbedomning', lindgardenConsensus, 2)])).toThrow(
      'a.kvbedomning och b.kvbedomning är båda teamets konsensus, revision 2, för samma tävlande men har olika innehåll. Ta bort den som inte gäller.',
    );
    // A newer file settles it.
    const settled = newestTeamFiles([candidate('a.kvbedomning', lindgardenConsensus, 2), candidate('b.kvbedomning', lindgardenConsensus, 2), candidate('c.kvbedomning', lindgardenConsensus, 3)]);
    expect(settled.get('c-lindgarden')!.name).toBe('c.kvbedomning');
  });
});
