/** Starting points for what the editor adds: valid shapes with the texts left for the user. */
import { CRITERIA_PACKAGE_FORMAT } from '../../../../shared/formats/criteria-package';

export const newClass = (id: string) => ({ id, title: '' });
export const newBand = (from: number, to: number) => ({ from, to, label: '', descriptor: '' });
export const newAttribute = (id: string) => ({ id, title: '', description: '' });
export const newScale = (id: string) => ({ id, title: '', min: 0, max: 100, step: 10, unit: '%', bands: [newBand(0, 100)] });
export const newCriterion = (id: string, scale: string) => ({
  id,
  title: '',
  kind: 'process',
  scale,
  points: 50,
  description: '',
  questions: [] as string[],
  guidance: '',
});
export const newArea = (id: string, scale: string) => ({ id, title: '', description: '', criteria: [newCriterion(`${id}.1`, scale)] });

/** A new package: one class, one 0–100 % scale, one area with one criterion. */
export function newPackageDraft(today: string) {
  return {
    format: CRITERIA_PACKAGE_FORMAT,
    formatVersion: 1,
    package: {
      id: '',
      revision: 1,
      title: '',
      award: 'Stockholms stads kvalitetsutmärkelse',
      year: Number(today.slice(0, 4)),
      issuedBy: 'Stadsledningskontoret',
      issuedAt: today,
      language: 'sv',
      totalPoints: 50,
      consensus: { spreadThreshold: 30 },
      classes: [newClass('klass-1')],
      scales: [newScale('skala-1')],
      areas: [newArea('1', 'skala-1')],
    },
  };
}

export type PackageDraft = ReturnType<typeof newPackageDraft>;
