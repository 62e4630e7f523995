/**
 * The team part's text fields, each saving itself through the one consensus
 * edit queue (one change in the log per save, undone like any other): a long
 * text (citation, summary, the words to the unit), and a list of sentences
 * (key themes, next steps) with add and remove.
 */
import { useId, useRef } from 'react';
import { LIMITS } from '../../../shared/domain/assessment';
import { MAX_NEXT_STEPS } from '../../../shared/formats/assessment-file';
import { AutoSizeTextarea } from '../../components/AutoSizeTextarea';
import { useAutosave } from '../../app/autosave';
import { editableId, editConsensus, editTeamList, isDraft, teamListField, useConsensus } from './consensus-store';
import { useFocusRequest } from './use-focus-request';

type TextPart = 'citation' | 'summary' | 'toContestant';
type ListPart = 'nextSteps' | 'keyThemes';

/** A long text of the team's part, read from the workspace and saved as typed (read only once submitted or for a member). */
export function LongText({ label, hint, field, rows = 4 }: { label: string; hint: string; field: TextPart; rows?: number }) {
  const id = useConsensus(editableId);
  const locked = !useConsensus(isDraft) || !id;
  const stored = useConsensus((s) => (field === 'citation' ? s.view!.assessment!.team.recommendation.citation : s.view!.assessment!.team[field]));
  const inputId = useId();
  const auto = useAutosave(stored, (value) => editConsensus('consensus:set-team', { assessmentId: id!, change: { field, value } }), locked);
  return (
    <div className="field">
      <label htmlFor={inputId}>{label}</label>
      <p className="small muted" id={`${inputId}-hint`}>
        {hint}
      </p>
      <textarea
        id={inputId}
        rows={rows}
        value={auto.text}
        readOnly={locked}
        maxLength={LIMITS.summaryChars}
        aria-describedby={`${inputId}-hint`}
        onChange={(e) => auto.onChange(e.target.value)}
        onBlur={auto.onBlur}
      />
    </div>
  );
}

interface ListWords {
  /** "Nästa steg" — the label of each item is "<item> 1", "<item> 2", … */
  readonly item: string;
  /** Lower case, for "Lägg till …" and "Ta bort … 1". */
  readonly lower: string;
}

function Sentence({ part, words, index, stored, locked }: { part: ListPart; words: ListWords; index: number; stored: string; locked: boolean }) {
  const inputId = useId();
  const textarea = useRef<HTMLTextAreaElement>(null);
  useFocusRequest(teamListField(part, index), textarea);
  const auto = useAutosave(stored, (value) => editTeamList(part, (items) => items.map((s, i) => (i === index ? value : s))), locked);
  return (
    <li>
      <label htmlFor={inputId} className="visually-hidden">
        {words.item} {index + 1}
      </label>
      <AutoSizeTextarea ref={textarea} id={inputId} rows={2} value={auto.text} readOnly={locked} maxLength={LIMITS.commentChars} onChange={(e) => auto.onChange(e.target.value)} onBlur={auto.onBlur} />
      {!locked && (
        <button type="button" className="icon-button" aria-label={`Ta bort ${words.lower} ${index + 1}`} onClick={() => void editTeamList(part, (items) => items.filter((_, i) => i !== index))}>
          ×
        </button>
      )}
    </li>
  );
}

/** A numbered or bulleted list of full sentences; a new item takes the focus. */
export function SentenceList({ part, title, hint, words, items, locked, numbered }: { part: ListPart; title: string; hint: string; words: ListWords; items: readonly string[]; locked: boolean; numbered: boolean }) {
  const List = numbered ? 'ol' : 'ul';
  const add = async () => {
    const done = await editTeamList(part, (current) => [...current, '']);
    if (done) useConsensus.setState({ focusRequest: teamListField(part, done.team.team[part].length - 1) });
  };
  return (
    <div className="field">
      <h4 className="field-label">{title}</h4>
      <p className="small muted">{hint}</p>
      <List className="team-sentences">
        {items.map((item, i) => (
          <Sentence key={`${i}/${items.length}`} part={part} words={words} index={i} stored={item} locked={locked} />
        ))}
      </List>
      {!locked && items.length < MAX_NEXT_STEPS && (
        <button type="button" className="button quiet small" onClick={() => void add()}>
          <span aria-hidden="true">+</span> Lägg till {words.lower}
        </button>
      )}
    </div>
  );
}
