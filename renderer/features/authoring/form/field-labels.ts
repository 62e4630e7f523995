/**
 * The editors name a field in messages as the form labels it ("Paketets id",
 * "Sista dag för konsensus"), not by its JSON name, and make "tom/tomt" agree
 * with the label's gender ("Namn får inte vara tomt", "Rubrik … tom").
 */
interface Label {
  readonly text: string;
  /** An ett-word ("ett namn", "ett id"): "tomt". */
  readonly neuter?: boolean;
}

const ID: Label = { text: 'Id', neuter: true };
const NAME: Label = { text: 'Namn', neuter: true };
const TITLE: Label = { text: 'Rubrik' };
const DESCRIPTION: Label = { text: 'Beskrivning' };

/** Labels by the list an element belongs to (null: the document's top level), then by the field's path within it. */
const LABELS: Record<string, Record<string, Label>> = {
  root: {
    'package.id': { text: 'Paketets id', neuter: true },
    'package.revision': { text: 'Revision' },
    'package.title': { text: 'Titel' },
    'package.award': { text: 'Utmärkelse' },
    'package.year': { text: 'År', neuter: true },
    'package.issuedBy': { text: 'Utfärdat av', neuter: true },
    'package.issuedAt': { text: 'Utfärdat den', neuter: true },
    'package.totalPoints': { text: 'Totalt antal poäng', neuter: true },
    'package.consensus.spreadThreshold': { text: 'Spridning som kräver diskussion' },
    'package.rules.maxPages': { text: 'Högst antal sidor', neuter: true },
    'package.rules.strengthsPerCriterion.min': { text: 'Styrkor per kriterium, minst' },
    'package.rules.strengthsPerCriterion.max': { text: 'Styrkor per kriterium, högst' },
    'package.rules.improvementsPerCriterion.min': { text: 'Förbättringsområden per kriterium, minst' },
    'package.rules.improvementsPerCriterion.max': { text: 'Förbättringsområden per kriterium, högst' },
    'package.classes': { text: 'Tävlingsklasser' },
    'package.scales': { text: 'Bedömningsskalor' },
    'package.areas': { text: 'Områden' },
    'round.id': { text: 'Omgångens id', neuter: true },
    'round.year': { text: 'År', neuter: true },
    'round.title': { text: 'Titel' },
    'round.deadlines.individual': { text: 'Sista dag för individuell bedömning' },
    'round.deadlines.consensus': { text: 'Sista dag för konsensus' },
    'round.deadlines.siteVisits': { text: 'Sista dag för platsbesök' },
    'round.deadlines.jury': { text: 'Sista dag för domarkommittén' },
    'round.feedback.scores': { text: 'Poäng i återföringen' },
    'round.feedback.examinerNames': { text: 'Examinatorernas namn', neuter: true },
    'round.feedback.sender': { text: 'Avsändare' },
    'round.feedback.contact.name': { text: 'Kontaktpersonens namn', neuter: true },
    'round.feedback.contact.email': { text: 'Kontaktpersonens e-post' },
    'round.feedback.contact.phone': { text: 'Kontaktpersonens telefon' },
    criteriaPackage: { text: 'Kriteriepaket', neuter: true },
    'criteriaPackage.id': { text: 'Kriteriepaket', neuter: true },
    'criteriaPackage.revision': { text: 'Kriteriepaketets revision' },
    contestants: { text: 'Tävlande' },
    examiners: { text: 'Examinatorer' },
    teams: { text: 'Team', neuter: true },
    declaredConflicts: { text: 'Anmält jäv', neuter: true },
  },
  classes: { id: ID, title: NAME },
  scales: { id: ID, title: NAME, min: { text: 'Min' }, max: { text: 'Max' }, step: { text: 'Steg', neuter: true }, unit: { text: 'Enhet' }, bands: { text: 'Nivåer' }, attributes: { text: 'Aspekter' } },
  bands: { from: { text: 'Från' }, to: { text: 'Till' }, label: { text: 'Nivå' }, descriptor: DESCRIPTION },
  attributes: { id: ID, title: NAME, description: DESCRIPTION },
  areas: { id: ID, title: TITLE, description: DESCRIPTION, criteria: { text: 'Kriterier' } },
  criteria: {
    id: ID,
    title: TITLE,
    kind: { text: 'Slag', neuter: true },
    scale: { text: 'Skala' },
    points: { text: 'Poäng' },
    description: DESCRIPTION,
    questions: { text: 'Frågor till den tävlande' },
    guidance: { text: 'Vägledning för examinatorer' },
    classes: { text: 'Gäller tävlingsklasser' },
  },
  contestants: { id: ID, name: NAME, organisation: { text: 'Organisation' }, class: { text: 'Tävlingsklass' }, documents: { text: 'Verksamhetsbeskrivning' } },
  documents: { title: { text: 'Titel' }, path: { text: 'Fil' }, mediaType: { text: 'Filtyp' } },
  examiners: { id: ID, name: NAME, email: { text: 'E-post' }, organisation: { text: 'Organisation' } },
  declaredConflicts: { examiner: { text: 'Examinator' }, contestant: { text: 'Tävlande' }, reason: { text: 'Skäl', neuter: true } },
  teams: { id: { text: 'Teamets id', neuter: true }, lead: { text: 'Utvärderingsledare' }, members: { text: 'Medlemmar' }, contestants: { text: 'Bedömer' } },
};

export function fieldLabel(field: string, list: string | null): Label | undefined {
  return LABELS[list ?? 'root']?.[field];
}

/** The label for messages, or the field's own name in quotes when the form has no label for it. */
export const formFieldName = (field: string, list: string | null) => fieldLabel(field, list)?.text ?? `fältet "${field}"`;

/** "får inte vara tom" / "tomt" as the label's gender says. */
export function agreeing(message: string, label: Label | undefined): string {
  if (message !== 'får inte vara tom' && message !== 'får inte vara tomt') return message;
  return label?.neuter ? 'får inte vara tomt' : 'får inte vara tom';
}
