/** The evaluation's tables, as the PDF has them: criteria (lowest agreement first), those to review, examiners, deadlines, classes. */
import { useId, type ReactNode } from 'react';
import { formatFormalDate, formatNumber } from '../../../shared/format';
import { agreementText, alphaText, numberText, signedText } from '../../../shared/evaluation/labels';
import { byAgreement, criteriaToReview, type EvaluationModel } from '../../../shared/evaluation/model';
import { BandsTable } from '../criteria/ScaleBands';

export function Section({ title, intro, children }: { title: string; intro?: ReactNode; children: ReactNode }) {
  const id = useId();
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {intro && <p className="muted small">{intro}</p>}
      {children}
    </section>
  );
}

/** A wide table scrolls on its own, reachable by keyboard. */
export function Scroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}

const count = (n: number) => formatNumber(n);

export function CriteriaSection({ model }: { model: EvaluationModel }) {
  return (
    <Section
      title="Samstämmighet per kriterium"
      intro={`Krippendorffs alfa (intervallskala) över de tävlande som minst två examinatorer har poängsatt: 1 är full samstämmighet, 0 inte bättre än slumpen. Från 0,800 god, från 0,667 osäker, därunder låg. Spridningen är högsta minus lägsta individuella poäng; gränsen för diskussion är ${formatNumber(model.spreadThreshold)}. Lägst samstämmighet först.`}
    >
      <Scroll label="Tabell: samstämmighet per kriterium">
        <table className="data evaluation">
          <thead>
            <tr>
              <th scope="col">Kriterium</th>
              <th scope="col" className="num">Alfa</th>
              <th scope="col">Samstämmighet</th>
              <th scope="col" className="num">Examinatorer</th>
              <th scope="col" className="num">Tävlande</th>
              <th scope="col" className="num">Spridning medel</th>
              <th scope="col" className="num">Spridning störst</th>
              <th scope="col" className="num">Nådde gränsen</th>
              <th scope="col" className="num">Konsensus − medel</th>
              <th scope="col" className="num">Platsbesök ändrade</th>
            </tr>
          </thead>
          <tbody>
            {byAgreement(model.criteria).map((c) => (
              <tr key={c.id} data-criterion={c.id}>
                <th scope="row">
                  {c.id} <bdi>{c.title}</bdi>
                  <div className="muted small">
                    <bdi>{c.areaTitle}</bdi> · {c.kind === 'process' ? 'arbetssätt' : 'resultat'}
                  </div>
                </th>
                <td className="num">{alphaText(c.alpha)}</td>
                <td>{c.agreement === 'low' ? <span className="badge danger">{agreementText(c.agreement)}</span> : agreementText(c.agreement)}</td>
                <td className="num">{count(c.raters)}</td>
                <td className="num">{count(c.units)}</td>
                <td className="num">{numberText(c.meanSpread)}</td>
                <td className="num">{numberText(c.maxSpread)}</td>
                <td className="num">{c.units === 0 ? '–' : `${count(c.reachedThreshold)} av ${count(c.units)}`}</td>
                <td className="num">
                  {signedText(c.consensusShift.mean)}
                  {c.consensusShift.contestants > 0 && <div className="muted small">{count(c.consensusShift.contestants)} tävlande</div>}
                </td>
                <td className="num">
                  {c.siteVisit.contestants === 0 ? '–' : `${count(c.siteVisit.changed)} av ${count(c.siteVisit.contestants)}`}
                  {c.siteVisit.contestants > 0 && <div className="muted small">medel {signedText(c.siteVisit.mean)}</div>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Scroll>
    </Section>
  );
}

export function ReviewSection({ model }: { model: EvaluationModel }) {
  const criteria = criteriaToReview(model.criteria);
  return (
    <Section title="Att se över till nästa år" intro={criteria.length > 0 ? 'Kriterierna med lägst samstämmighet och nivåbeskrivningarna på deras skala: det är dem examinatorerna tolkade olika.' : undefined}>
      {criteria.length === 0 && <p className="muted">Inget kriterium hade låg eller osäker samstämmighet.</p>}
      {criteria.map((c) => (
        <div key={c.id} className="evaluation-review">
          <h3>
            {c.id} <bdi>{c.title}</bdi> – alfa {alphaText(c.alpha)} ({agreementText(c.agreement).toLowerCase()})
          </h3>
          <p className="muted small">
            <bdi>{c.scale.title}</bdi>. Spridning i medel {numberText(c.meanSpread)}, störst {numberText(c.maxSpread)}; {count(c.reachedThreshold)} av {count(c.units)} tävlande nådde gränsen.
          </p>
          <BandsTable caption={`Nivåbeskrivningar för ${c.id} ${c.title}`} bands={c.bands} unit={c.scale.unit || undefined} />
        </div>
      ))}
    </Section>
  );
}

export function ExaminersSection({ model }: { model: EvaluationModel }) {
  return (
    <Section
      title="Examinatorerna"
      intro="Avvikelsen är examinatorns individuella poäng minus teamets konsensus, i procent av skalans längd: medelavvikelsen räknar bort tecknet, tendensen behåller det (plus = högre än teamet). I tid: den första revisionen exporterades senast sista dagen för individuell bedömning."
    >
      <Scroll label="Tabell: examinatorerna">
        <table className="data evaluation">
          <thead>
            <tr>
              <th scope="col">{model.namesShown ? 'Examinator' : 'Kod'}</th>
              <th scope="col" className="num">Förväntade</th>
              <th scope="col" className="num">Inkomna</th>
              <th scope="col" className="num">I tid</th>
              <th scope="col" className="num">Sena</th>
              <th scope="col" className="num">Jämförda poäng</th>
              <th scope="col" className="num">Medelavvikelse (%)</th>
              <th scope="col" className="num">Tendens (%)</th>
            </tr>
          </thead>
          <tbody>
            {model.examiners.map((e) => (
              <tr key={e.code}>
                <th scope="row">
                  {e.name === null ? e.code : <><bdi>{e.name}</bdi> <span className="muted small">{e.code}</span></>}
                </th>
                <td className="num">{count(e.expected)}</td>
                <td className="num">{count(e.submitted)}</td>
                <td className="num">{count(e.onTime)}</td>
                <td className="num">{e.late > 0 ? <span className="badge warning">{count(e.late)}</span> : count(e.late)}</td>
                <td className="num">{count(e.comparisons)}</td>
                <td className="num">{numberText(e.meanAbsoluteDeviation)}</td>
                <td className="num">{signedText(e.bias)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Scroll>
    </Section>
  );
}

export function DeadlinesSection({ model }: { model: EvaluationModel }) {
  return (
    <Section title="Tidsgränserna">
      <table className="data evaluation">
        <caption className="visually-hidden">Tidsgränserna</caption>
        <thead>
          <tr>
            <th scope="col">Steg</th>
            <th scope="col">Sista dag</th>
            <th scope="col" className="num">Filer</th>
            <th scope="col" className="num">I tid</th>
            <th scope="col" className="num">Sena</th>
          </tr>
        </thead>
        <tbody>
          {model.deadlines.map((d) => (
            <tr key={d.kind}>
              <th scope="row">{d.label}</th>
              <td>{formatFormalDate(d.date)}</td>
              <td className="num">{count(d.files)}</td>
              <td className="num">{count(d.onTime)}</td>
              <td className="num">{count(d.late)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Section>
  );
}

export function ClassesSection({ model }: { model: EvaluationModel }) {
  return (
    <Section title="Totalpoäng per tävlingsklass" intro="Teamens senaste totalpoäng (efter platsbesök där ett sådant gjorts), med kvartiler, och hur platsbesöken ändrade totalen.">
      <Scroll label="Tabell: totalpoäng per tävlingsklass">
        <table className="data evaluation">
          <thead>
            <tr>
              <th scope="col">Tävlingsklass</th>
              <th scope="col" className="num">Bedömda</th>
              <th scope="col" className="num">Lägst</th>
              <th scope="col" className="num">Kvartil 1</th>
              <th scope="col" className="num">Median</th>
              <th scope="col" className="num">Kvartil 3</th>
              <th scope="col" className="num">Högst</th>
              <th scope="col" className="num">Medel</th>
              <th scope="col" className="num">Platsbesök (ändrade)</th>
              <th scope="col" className="num">Ändring medel</th>
            </tr>
          </thead>
          <tbody>
            {model.classes.filter((k) => k.contestants > 0).map((k) => (
              <tr key={k.id}>
                <th scope="row">
                  <bdi>{k.title}</bdi>
                  <div className="muted small">{count(k.pointsAvailable)} möjliga poäng</div>
                </th>
                <td className="num">{count(k.assessed)} av {count(k.contestants)}</td>
                <td className="num">{numberText(k.totals?.min ?? null)}</td>
                <td className="num">{numberText(k.totals?.lowerQuartile ?? null)}</td>
                <td className="num">{numberText(k.totals?.median ?? null)}</td>
                <td className="num">{numberText(k.totals?.upperQuartile ?? null)}</td>
                <td className="num">{numberText(k.totals?.max ?? null)}</td>
                <td className="num">{numberText(k.totals?.mean ?? null)}</td>
                <td className="num">{count(k.siteVisits)} ({count(k.changedBySiteVisit)})</td>
                <td className="num">{signedText(k.meanTotalChange)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Scroll>
    </Section>
  );
}
