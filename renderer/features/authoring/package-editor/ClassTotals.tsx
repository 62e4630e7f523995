import { formatNumber } from '../../../../shared/format';
import { classTotals, totalsDiffer } from '../../../../shared/scoring/class-totals';
import { useForm } from '../form/form-context';

/** Each class's total, shown as soon as a criterion applies to some classes only. */
export function ClassTotals() {
  const pkg = useForm().read(['package']) as Parameters<typeof classTotals>[0] | undefined;
  const totals = classTotals(pkg ?? {});
  if (!totalsDiffer(totals)) return null;
  return (
    <table className="class-totals small" aria-labelledby="class-totals-caption">
      <caption id="class-totals-caption">Poäng per tävlingsklass (kriterier som gäller vissa klasser räknas bara för dem)</caption>
      <thead>
        <tr>
          <th scope="col">Tävlingsklass</th>
          <th scope="col" className="number">Kriterier</th>
          <th scope="col" className="number">Totalt</th>
        </tr>
      </thead>
      <tbody>
        {totals.map((t) => (
          <tr key={t.classId}>
            <th scope="row">{t.title}</th>
            <td className="number">{t.criteria}</td>
            <td className="number">{formatNumber(t.points)} p</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
