import type { TeamFieldArg } from '../../../shared/contract/consensus';
import type { Nomination } from '../../../shared/domain/assessment';
import { editableId, isDraft, editConsensus, useConsensus } from './consensus-store';
import { LongText, SentenceList } from './TeamText';
import { useOptimisticValue } from './use-optimistic-value';

const NOMINATIONS: readonly [Nomination | null, string][] = [
  ['winner', 'Föreslå som vinnare'],
  ['honourable-mention', 'Föreslå hedersomnämnande'],
  ['none', 'Ingen utmärkelse'],
  [null, 'Inte bestämt'],
];
const VISITS: readonly [boolean | null, string][] = [
  [true, 'Ja, föreslå platsbesök'],
  [false, 'Nej'],
  [null, 'Inte bestämt'],
];

/** The lists for the återföringsrapport: key themes after the team's words, next steps last. */
const LISTS = {
  keyThemes: {
    title: 'Huvudteman',
    hint: 'Ett tema i varje ruta, i hela meningar; de står efter teamets ord i återföringsrapporten.',
    words: { item: 'Huvudtema', lower: 'huvudtema' },
    numbered: false,
  },
  nextSteps: { title: 'Förslag på nästa steg', hint: 'Hela meningar; de står sist i återföringsrapporten.', words: { item: 'Nästa steg', lower: 'nästa steg' }, numbered: true },
} as const;

/** One of the team's choices for the jury, as radio buttons. */
function Choice<T>({ legend, name, options, chosen, locked, choose }: { legend: string; name: string; options: readonly [T, string][]; chosen: T; locked: boolean; choose: (value: T) => void }) {
  return (
    <fieldset className="field" disabled={locked}>
      <legend>{legend}</legend>
      {options.map(([value, label]) => (
        <label key={String(value)} className="check">
          <input type="radio" name={name} checked={chosen === value} onChange={() => choose(value)} />
          {label}
        </label>
      ))}
    </fieldset>
  );
}

/**
 * The team's overall part, in two parts that never mix: what the jury reads
 * (the summary, the site visit, the recommendation and draft citation) and
 * what the contestant reads in the återföringsrapport (the team's words to the
 * unit, key themes, suggested next steps).
 */
export function TeamPart() {
  const view = useConsensus((s) => s.view!);
  const id = useConsensus(editableId);
  const locked = !useConsensus(isDraft) || !id;
  const team = view.assessment!.team;
  const set = (change: TeamFieldArg) => editConsensus('consensus:set-team', { assessmentId: id!, change });
  const [siteVisit, setSiteVisit] = useOptimisticValue(team.recommendation.siteVisit);
  const [nomination, setNomination] = useOptimisticValue(team.recommendation.nomination);
  return (
    <section className="card team-part" aria-labelledby="team-part-title">
      <h2 id="team-part-title" tabIndex={-1}>
        Teamets helhet
      </h2>
      <section className="team-audience" aria-labelledby="team-jury-title">
        <h3 id="team-jury-title">Till domarkommittén</h3>
        <p className="small muted">Det här läser domarkommittén i bedömningen. Det står aldrig i återföringsrapporten till enheten.</p>
        <LongText label="Sammanfattning av de viktigaste iakttagelserna" hint="Ett stycke per tema, åtskilda av en tom rad. Inleder bedömningen till domarkommittén." field="summary" rows={6} />
        <Choice legend="Platsbesök" name="site-visit" options={VISITS} chosen={siteVisit} locked={locked} choose={(value) => setSiteVisit(value, () => set({ field: 'siteVisit', value }))} />
        <Choice
          legend="Rekommendation till domarkommittén"
          name="nomination"
          options={NOMINATIONS}
          chosen={nomination}
          locked={locked}
          choose={(value) => setNomination(value, () => set({ field: 'nomination', value }))}
        />
        <LongText label="Utkast till motivering" hint="Domarkommitténs motivering om enheten vinner eller får hedersomnämnande." field="citation" />
      </section>
      <section className="team-audience to-contestant" aria-labelledby="team-contestant-title">
        <h3 id="team-contestant-title">Till den tävlande enheten</h3>
        <p className="small muted">Det här skickas till enheten: det står i återföringsrapporten, skrivet för enhetens medarbetare.</p>
        <LongText label="Teamets ord till enheten" hint="De inleder återföringsrapporten. Ett stycke per tema, åtskilda av en tom rad." field="toContestant" rows={6} />
        {(['keyThemes', 'nextSteps'] as const).map((part) => (
          <SentenceList key={part} part={part} {...LISTS[part]} items={team[part]} locked={locked} />
        ))}
      </section>
    </section>
  );
}
