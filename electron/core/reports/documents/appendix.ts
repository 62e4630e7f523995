/** Spårbarhetsbilaga: where every team comment came from, its evidence, and each examiner's change-log digest. */
import type { Stage } from '../../../../shared/domain/assessment';
import { formatNumber } from '../../../../shared/format';
import { listBudget, MAX_APPENDIX_LIST_PAGES } from '../layout/bounded';
import { commentList, commentListSpace, type CommentItem } from '../layout/comments';
import { basisSection } from './basis';
import { table } from '../layout/table';
import { heading, paragraph } from '../layout/text';
import { colors, size } from '../layout/theme';
import type { ReportWriter } from '../layout/writer';
import type { BedomningModel, TeamComment } from '../model';

export function traceabilityAppendix(w: ReportWriter, model: BedomningModel): void {
  w.newPage();
  w.group('Sect', () => {
    heading(w, 1, 'Spårbarhetsbilaga');
    paragraph(
      w,
      'Bilagan visar varifrån teamets kommentarer kommer: för varje kommentar initialerna för de examinatorer vars individuella kommentarer den bygger på, beläggen med sidhänvisningar och citat, och en sammanfattning av varje examinators ändringslogg.',
      { color: colors.muted },
    );
    basisSection(w, model.basisFile ? [{ label: null, file: model.basisFile }] : []);
    heading(w, 2, 'Ändringsloggar');
    if (model.changeLogs && model.changeLogs.length > 0) {
      table(w, {
        columns: [
          { header: 'Examinator', width: 2 },
          { header: 'Poster', width: 0.7, align: 'right' },
          { header: 'Sista kontrollsumma (SHA-256)', width: 4.7 },
          { header: 'Bedömning', width: 1.8 },
        ],
        rows: model.changeLogs.map((log) => ({
          cells: [`${log.examinerName} (${log.initials})`, formatNumber(log.entries), groupedHash(log.finalHash), `${LOG_STAGE[log.stage]}, rev. ${log.revision}`],
        })),
      });
    } else {
      paragraph(w, 'Ändringsloggarna ingår inte i underlaget för den här rapporten.', { color: colors.muted, size: size.small });
    }
    for (const area of model.areas) {
      for (const criterion of area.criteria) {
        if (criterion.strengths.length + criterion.improvements.length === 0) continue;
        w.group('Sect', () => {
          const strengths = criterion.strengths.map(traced);
          const strengthsOptions = { quotes: true, emptyText: 'Inga styrkor har angetts.', heading: { level: 4, text: 'Styrkor' } } as const;
          heading(w, 3, criterion.title, { number: criterion.id, keepWith: Math.max(70, commentListSpace(w, strengths, strengthsOptions)) });
          const budget = listBudget(w, MAX_APPENDIX_LIST_PAGES);
          commentList(w, strengths, { ...strengthsOptions, budget });
          commentList(w, criterion.improvements.map(traced), {
            quotes: true,
            emptyText: 'Inga förbättringsområden har angetts.',
            budget,
            heading: { level: 4, text: 'Förbättringsområden' },
          });
        });
      }
    }
  });
}

const LOG_STAGE: Record<Stage, string> = { individual: 'Individuell', consensus: 'Konsensus', 'site-visit': 'Efter platsbesök' };

function traced(comment: TeamComment): CommentItem {
  const sources = comment.sourceInitials.length > 0 ? `Bygger på kommentarer från ${comment.sourceInitials.join(', ')}` : 'Skriven av teamet';
  return { ...comment, aside: sources };
}

/** "3f2a9c1e 77b0…" — eight-character groups read back more easily. */
function groupedHash(hash: string): string {
  return hash.match(/.{1,8}/g)?.join(' ') ?? hash;
}
