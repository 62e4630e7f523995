import { formatNumber } from '../../../shared/format';
import type { Area, CriteriaPackage, Criterion } from '../../../shared/formats/criteria-package';
import { KIND_LABEL } from './scale-text';
import { ScaleBands } from './ScaleBands';

export function CriterionDetail({ pkg, area, criterion }: { pkg: CriteriaPackage; area: Area; criterion: Criterion }) {
  const scale = pkg.scales.find((s) => s.id === criterion.scale);
  const classTitles = criterion.classes?.map((id) => pkg.classes.find((c) => c.id === id)?.title ?? id);
  return (
    <article className="criterion" aria-labelledby="criterion-title">
      <p className="muted small criterion-area">
        Område {area.id} · {area.title}
      </p>
      <h1 id="criterion-title">
        <span className="criterion-id">{criterion.id}</span> {criterion.title}
      </h1>
      <div className="toolbar criterion-facts">
        <span className="badge accent">{KIND_LABEL[criterion.kind]}</span>
        <span className="badge">{formatNumber(criterion.points)} poäng</span>
        <span className="muted small">
          {classTitles ? `Gäller: ${classTitles.join(', ')}` : 'Gäller alla tävlingsklasser'}
        </span>
      </div>
      {criterion.description && <p className="lead">{criterion.description}</p>}
      {criterion.questions.length > 0 && (
        <section aria-labelledby="questions-title">
          <h2 id="questions-title">Frågor till den tävlande</h2>
          <ol className="questions">
            {criterion.questions.map((question, index) => (
              <li key={index}>{question}</li>
            ))}
          </ol>
        </section>
      )}
      {criterion.guidance && (
        <section className="guidance" aria-labelledby="guidance-title">
          <h2 id="guidance-title">Vägledning för examinatorer</h2>
          <p>{criterion.guidance}</p>
        </section>
      )}
      {scale && <ScaleBands scale={scale} />}
    </article>
  );
}
