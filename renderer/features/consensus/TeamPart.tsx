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
        <LongText
          label="Sammanfattning av de viktigaste iakttagelserna"
          hint="Ett stycke per tema, åtskilda av en tom rad. Inleder bedömningen till domarkommittén."
          stored={team.summary}
          locked={locked}
          field="summary"
          rows={6}
        />
        <fieldset className="field" disabled={locked}>
          <legend>Platsbesök</legend>
          {VISITS.map(([value, label]) => (
            <label key={String(value)} className="check">
              <input type="radio" name="site-visit" checked={siteVisit === value} onChange={() => setSiteVisit(value, () => set({ field: 'siteVisit', value }))} />
              {label}
            </label>
          ))}
        </fieldset>
        <fieldset className="field" disabled={locked}>
          <legend>Rekommendation till domarkommittén</legend>
          {NOMINATIONS.map(([value, label]) => (
            <label key={String(value)} className="check">
              <input type="radio" name="nomination" checked={nomination === value} onChange={() => setNomination(value, () => set({ field: 'nomination', value }))} />
              {label}
            </label>
          ))}
        </fieldset>
        <LongText label="Utkast till motivering" hint="Domarkommitténs motivering om enheten vinner eller får hedersomnämnande." stored={team.recommendation.citation} locked={locked} field="citation" />
      </section>
      <section className="team-audience to-contestant" aria-labelledby="team-contestant-title">
        <h3 id="team-contestant-title">Till den tävlande enheten</h3>
        <p className="small muted">Det här skickas till enheten: det står i återföringsrapporten, skrivet för enhetens medarbetare.</p>
        <LongText
          label="Till den tävlande enheten"
          hint="Teamets egna ord till enheten; de inleder återföringsrapporten. Ett stycke per tema, åtskilda av en tom rad."
          stored={team.toContestant}
          locked={locked}
          field="toContestant"
          rows={6}
        />
        <SentenceList
          part="keyThemes"
          title="Huvudteman"
          hint="Ett tema per rad, i hela meningar; de står efter teamets ord i återföringsrapporten."
          words={{ item: 'Huvudtema', lower: 'huvudtema' }}
          items={team.keyThemes}
          locked={locked}
          numbered={false}
        />
        <SentenceList
          part="nextSteps"
          title="Förslag på nästa steg"
          hint="Hela meningar; de står sist i återföringsrapporten."
          words={{ item: 'Nästa steg', lower: 'nästa steg' }}
          items={team.nextSteps}
          locked={locked}
          numbered
        />
      </section>
    </section>
  );
}
