import { describe, expect, it } from 'vitest';
import { effectiveFeedbackPolicy, type FeedbackPolicy } from '../../../../shared/formats/feedback-policy';
import { parseRoundSource, type RoundSource } from '../../../../shared/formats/round';
import { roundSource } from '../../../helpers/samples';

const POLICY: FeedbackPolicy = {
  scores: 'bands',
  examinerNames: false,
  sender: 'Stadsledningskontoret, Stockholms stad',
  contact: { name: 'Maria Holm', email: 'maria.holm@stockholm.se', phone: '08-508 290 00' },
};

const withPolicy = (feedback: unknown): unknown => {
  const source: RoundSource = roundSource();
  return { ...source, round: { ...source.round, feedback } };
};

const message = (feedback: unknown) => {
  const result = parseRoundSource(withPolicy(feedback));
  return result.ok ? null : result.message;
};

describe('round.feedback (formats.md "Feedback policy")', () => {
  it('is optional, and a round without it shows no scores and no names', () => {
    expect(parseRoundSource(roundSource()).ok).toBe(true);
    expect(effectiveFeedbackPolicy(undefined)).toEqual({ scores: 'none', examinerNames: false, sender: null, contact: null });
  });

  it('accepts each score policy, with or without a phone number', () => {
    for (const scores of ['none', 'bands', 'points'] as const) expect(message({ ...POLICY, scores })).toBeNull();
    expect(message({ ...POLICY, contact: { name: 'Maria Holm', email: 'maria.holm@stockholm.se' } })).toBeNull();
    const parsed = parseRoundSource(withPolicy(POLICY));
    expect(parsed.ok && effectiveFeedbackPolicy(parsed.value.round.feedback)).toEqual(POLICY);
  });

  it.each([
    ['an unknown score policy', { ...POLICY, scores: 'all' }, /round\.feedback\.scores": ska vara "none", "bands" eller "points"/],
    ['names as text', { ...POLICY, examinerNames: 'ja' }, /round\.feedback\.examinerNames": ska vara true eller false/],
    ['an empty sender', { ...POLICY, sender: '' }, /round\.feedback\.sender": får inte vara tom/],
    ['a contact without email', { ...POLICY, contact: { name: 'Maria Holm' } }, /round\.feedback\.contact\.email": saknas/],
    ['a contact email that is none', { ...POLICY, contact: { name: 'Maria Holm', email: 'maria' } }, /contact\.email": är ingen e-postadress/],
    ['letters in the phone number', { ...POLICY, contact: { ...POLICY.contact, phone: 'ring mig' } }, /contact\.phone": får bara innehålla siffror/],
    ['an unknown member', { ...POLICY, signature: 'Maria' }, /round\.feedback": okänt fält "signature"/],
    ['a missing sender', { scores: 'none', examinerNames: false, contact: POLICY.contact }, /round\.feedback\.sender": saknas/],
  ])('refuses %s, naming the field', (_what, feedback, expected) => {
    expect(message(feedback)).toMatch(expected);
  });
});
