import { memo, useState } from 'react';
import type { DocxBlock, DocxInline, DocxParagraph } from '../../../../shared/contract/documents';
import { UnitOverlays } from './UnitOverlays';

function Inlines({ inlines }: { inlines: readonly DocxInline[] }) {
  return inlines.map((inline, index) => {
    let node: React.ReactNode = inline.text;
    if (inline.italic) node = <em>{node}</em>;
    if (inline.bold) node = <strong>{node}</strong>;
    return <span key={index}>{node}</span>;
  });
}

/** One numbered paragraph: the number in the margin, the text, its overlays. */
const Paragraph = memo(function Paragraph({ block, ordinal }: { block: DocxParagraph; ordinal?: number }) {
  const [text, setText] = useState<HTMLSpanElement | null>(null);
  const Tag = block.style === 'heading' ? (`h${Math.min(6, block.level + 1)}` as 'h2') : 'p';
  const className = `docx-unit docx-${block.style}${block.style === 'list-item' ? ` depth-${block.level}` : ''}`;
  return (
    <div className={className} data-unit={block.number}>
      <span className="docx-number" aria-label={`Stycke ${block.number}`}>
        § {block.number}
      </span>
      <Tag className="docx-text">
        {block.style === 'list-item' && (
          <span className="docx-bullet" aria-hidden="true">
            {ordinal ? `${ordinal}.` : '•'}
          </span>
        )}
        <span ref={setText}>
          <Inlines inlines={block.inlines} />
        </span>
      </Tag>
      <UnitOverlays unit={block.number} textRoot={text} version={0} />
    </div>
  );
});

/** Numbers of ordered list items: counted within a run of list items, per depth. */
function ordinals(blocks: readonly DocxBlock[]): Map<number, number> {
  const result = new Map<number, number>();
  let counters: number[] = [];
  for (const block of blocks) {
    if (block.type !== 'paragraph' || block.style !== 'list-item') {
      counters = [];
      continue;
    }
    counters = counters.slice(0, block.level + 1);
    counters[block.level] = (counters[block.level] ?? 0) + 1;
    if (block.ordered) result.set(block.number, counters[block.level]!);
  }
  return result;
}

function Blocks({ blocks }: { blocks: readonly DocxBlock[] }) {
  const numbers = ordinals(blocks);
  return blocks.map((block, index) =>
    block.type === 'paragraph' ? (
      <Paragraph key={block.number} block={block} ordinal={numbers.get(block.number)} />
    ) : (
      <table key={`t${index}`} className="docx-table">
        <tbody>
          {block.rows.map((row, r) => (
            <tr key={r}>
              {row.map((cell, c) => (
                <td key={c}>
                  <Blocks blocks={cell.blocks} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    ),
  );
}

/** A DOCX as clean HTML (React elements, never injected markup), paragraph numbers in the margin. */
export function DocxView({ blocks, scale }: { blocks: readonly DocxBlock[]; scale: number }) {
  return (
    <article className="docx-view" style={{ fontSize: `${scale}em` }}>
      <Blocks blocks={blocks} />
    </article>
  );
}
