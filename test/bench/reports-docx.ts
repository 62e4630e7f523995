/**
 * The bench's reference: the same bedömning as a Word document (title, area
 * table, every criterion with scores, strengths, improvement areas and page
 * references), for LibreOffice to convert to PDF.
 */
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { formatDate, formatNumber } from '../../shared/format';
import { evidenceLabel, pointsOfText, scoreText, stageLabel } from '../../electron/core/reports/labels';
import type { BedomningModel, TeamComment } from '../../electron/core/reports/model';

const cell = (text: string, bold = false) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });

function comments(title: string, list: readonly TeamComment[]): Paragraph[] {
  return [
    new Paragraph({ text: `${title} (${list.length})`, heading: HeadingLevel.HEADING_4 }),
    ...list.map((c) => new Paragraph({ text: `${c.text} ${c.evidence.map(evidenceLabel).join(', ')}`, bullet: { level: 0 } })),
  ];
}

export function bedomningDocx(model: BedomningModel): Promise<Buffer> {
  const areaTable = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: [cell('Område', true), cell('Möjliga poäng', true), cell('Poäng', true)] }),
      ...model.areas.map((a) => new TableRow({ children: [cell(`${a.id} ${a.title}`), cell(formatNumber(a.pointsAvailable)), cell(formatNumber(a.points ?? 0))] })),
      new TableRow({ children: [cell('Totalt', true), cell(formatNumber(model.totals.pointsAvailable), true), cell(formatNumber(model.totals.points), true)] }),
    ],
  });
  const criteria = model.areas.flatMap((area) => [
    new Paragraph({ text: `${area.id} ${area.title}`, heading: HeadingLevel.HEADING_2 }),
    ...area.criteria.flatMap((c) => [
      new Paragraph({ text: `${c.id} ${c.title}`, heading: HeadingLevel.HEADING_3 }),
      new Paragraph({
        children: [
          new TextRun({ text: `Teamets poäng ${c.result ? scoreText(c.result.score, c.scale) : '–'} (${c.result?.band ?? ''}) · `, bold: true }),
          new TextRun(c.result ? pointsOfText(c.result.points, c.pointsAvailable) : ''),
        ],
      }),
      new Paragraph(c.rationale),
      ...comments('Styrkor', c.strengths),
      ...comments('Förbättringsområden', c.improvements),
    ]),
  ]);
  const document = new Document({
    creator: 'Examinator',
    title: `Bedömning – ${model.contestant.name}`,
    sections: [
      {
        children: [
          new Paragraph({ text: 'Bedömning', heading: HeadingLevel.TITLE }),
          new Paragraph({ text: model.contestant.name, heading: HeadingLevel.HEADING_1 }),
          new Paragraph(`${model.contestant.organisation} · ${model.contestant.classTitle} · ${stageLabel[model.basis.stage]} · ${formatDate(model.reportDate)}`),
          new Paragraph({ alignment: AlignmentType.LEFT, children: [new TextRun({ text: pointsOfText(model.totals.points, model.totals.pointsAvailable), bold: true, size: 40 })] }),
          new Paragraph({ text: 'Sammanfattning', heading: HeadingLevel.HEADING_1 }),
          new Paragraph(model.summary),
          areaTable,
          new Paragraph({ text: 'Bedömning per kriterium', heading: HeadingLevel.HEADING_1 }),
          ...criteria,
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
