import { describe, expect, it } from 'vitest';
import { renderBatch, type BatchProgress, type ReportJob } from '../../../../../electron/core/reports/render';
import { buildAterforing, buildBedomning, buildSammanstallning } from '../../../../helpers/reports/build';
import { fonts } from '../../../../helpers/reports/fonts';
import { lindgarden } from '../../../../helpers/reports/lindgarden';
import { solrosen } from '../../../../helpers/reports/solrosen';
import { readPdf } from './read-pdf';

describe('renderBatch', () => {
  it('hands over each PDF as it is made and reports progress after every document', async () => {
    const bedomningar = [buildBedomning(solrosen), buildBedomning(lindgarden)];
    const jobs: ReportJob[] = [
      ...bedomningar.map((model) => ({ kind: 'bedomning' as const, name: `Bedömning – ${model.contestant.name}`, model, appendix: true })),
      { kind: 'aterforing', name: 'Återföring – Lindgården', model: buildAterforing(lindgarden) },
      { kind: 'sammanstallning', name: 'Sammanställning – Förskola', model: buildSammanstallning(bedomningar, 'forskola', { anonymous: true }) },
    ];
    const events: string[] = [];
    const progress: BatchProgress[] = [];
    const titles: unknown[] = [];
    await renderBatch(jobs, { fonts, deterministic: true, onProgress: (p) => (progress.push(p), events.push(`progress ${p.done}`)) }, async (job, pdf) => {
      events.push(`write ${job.name}`);
      titles.push((await readPdf(pdf)).info.Title);
    });
    expect(progress).toEqual(jobs.map((job, i) => ({ done: i + 1, total: 4, name: job.name })));
    expect(events.slice(0, 2)).toEqual(['write Bedömning – Förskolan Solrosen', 'progress 1']);
    expect(titles).toEqual([
      'Bedömning – Förskolan Solrosen',
      'Bedömning – Lindgårdens vård- och omsorgsboende',
      'Återföringsrapport – Lindgårdens vård- och omsorgsboende',
      'Sammanställning inför domarkommitténs slutmöte – Förskola (anonymiserad)',
    ]);
  });
});
