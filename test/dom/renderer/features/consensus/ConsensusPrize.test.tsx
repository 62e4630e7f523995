import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { TEAM_ID, teamEditResult, teamView } from './consensus-fixture';
import { openConsensus } from './open-consensus';
import { ANVANDS, classAndPrizeView, NYTT, prizeOnlyView, prizeSources, teamAspects, VARDE } from './prize-fixture';

const open = openConsensus;

const agenda = () => screen.getByRole('navigation', { name: 'Dagordning' });
const agendaItems = () => within(agenda()).getAllByRole('button');
const currentTitle = () => document.getElementById('consensus-criterion-title');

describe('ConsensusScreen with a prize entry', () => {
  // jsdom has no layout: the growing textareas of the team's lists only need to observe.
  beforeAll(() => vi.stubGlobal('ResizeObserver', class { observe() {} disconnect() {} }));
  afterAll(() => vi.unstubAllGlobals());

  it('puts the prize\'s aspects after the criteria on the agenda and counts them apart in the header', async () => {
    open(classAndPrizeView(teamAspects({ [NYTT]: { strengths: [{ id: '00000000-0000-4000-8000-00000000ff01', text: 'Teamets styrka.', evidence: [] }] } })));
    const prize = await within(await screen.findByRole('navigation', { name: 'Dagordning' })).findByRole('heading', { name: /Framsteget/ });
    expect(prize).toHaveTextContent('Framsteget · pris utan poäng');
    const labels = agendaItems().map((b) => b.textContent);
    expect(labels.slice(-4)).toEqual([
      '●Nytt1 styrka · 0 förbättringsområden, klart',
      '○Skapar värdeInget skrivet ännu, inte klart',
      '○AnvändsInget skrivet ännu, inte klart',
      '◆Teamets helhetTill domarkommittén och till den tävlande enheten',
    ]);
    // Fourteen criteria come first.
    expect(labels).toHaveLength(14 + 3 + 1);
    expect(document.querySelector('.consensus-header')).toHaveTextContent('0 av 14 kriterier och 1 av 3 aspekter klara');
    expect(within(agenda()).getByText(/0 av 14 kriterier och 1 av 3 aspekter klara/)).toBeInTheDocument();
  });

  it('shows an aspect with what it asks and the members\' comments side by side, without any score, and takes a comment with its provenance, the focus in it', async () => {
    let aspects = teamAspects();
    const fake = open(() => classAndPrizeView(aspects), {
      'consensus:take': (args) => {
        const taken = { id: '00000000-0000-4000-8000-00000000ff02', text: 'Bilals styrka för Nytt.', evidence: [{ documentSha256: 'a'.repeat(64), page: 3 }], sources: [{ examinerId: args.picks[0]!.examinerId, commentId: args.picks[0]!.commentId, initials: 'BH' }] };
        aspects = teamAspects({ [NYTT]: { strengths: [taken] } });
        return { ...teamEditResult(classAndPrizeView(aspects).assessment!), commentId: taken.id };
      },
    });
    await userEvent.click(await within(await screen.findByRole('navigation', { name: 'Dagordning' })).findByRole('button', { name: /^Nytt/ }));
    const card = screen.getByRole('region', { name: 'Nytt' });
    expect(card).toHaveTextContent('Pris Framsteget – Stockholms stads pris för nyskapande');
    expect(card).toHaveTextContent('Något nytt för verksamheten: ett nytt arbetssätt, en ny tjänst eller en ny lösning');
    expect(card).toHaveTextContent('Bedöms i ord, utan poäng');
    expect(within(card).queryByRole('radiogroup')).not.toBeInTheDocument();
    expect(within(card).queryByText(/Motivering/)).not.toBeInTheDocument();
    expect(within(card).queryByText(/ingen poäng ·/)).not.toBeInTheDocument();
    // Each member's column: name and revision, their strengths and improvement areas with evidence.
    const columns = card.querySelectorAll('.member-column');
    expect([...columns].map((c) => c.querySelector('h4')!.textContent)).toEqual(['Anna Lind rev. 1', 'Bilal Haddad rev. 1', 'Cecilia Ek rev. 1']);
    expect(columns[1]).toHaveTextContent('Bilals styrka för Nytt.');

    const take = within(card).getByRole('button', { name: 'Ta med i teamets lista: Bilals styrka för Nytt.' });
    await userEvent.click(take);
    const bilals = prizeSources(true)[1]!.criteria.find((c) => c.criterionId === NYTT)!.strengths[0]!;
    expect(fake.calls('consensus:take')).toEqual([{ assessmentId: TEAM_ID, criterionId: NYTT, kind: 'strength', picks: [{ examinerId: 'e-bilal', commentId: bilals.id }] }]);
    // Taken: the team's strength shows where it came from and its evidence; the focus is in it, ready for the team's wording.
    const teamStrength = await screen.findByRole('textbox', { name: 'Teamets styrka 1' });
    await vi.waitFor(() => expect(teamStrength).toHaveFocus());
    const item = teamStrength.closest('li')!;
    expect(item).toHaveTextContent('Från BH');
    expect(item).toHaveTextContent('s. 3');
    expect(within(card).getByRole('status', { name: 'Med i teamets lista: Bilals styrka för Nytt.' })).toBeInTheDocument();
  });

  it('moves through criteria, then aspects, then the team\'s part with J and K', async () => {
    open(classAndPrizeView());
    await userEvent.click(await within(await screen.findByRole('navigation', { name: 'Dagordning' })).findByRole('button', { name: /^Nytt/ }));
    (document.activeElement as HTMLElement).blur();
    await userEvent.keyboard('k');
    // The last criterion on the agenda comes before the prize.
    const lastCriterion = agendaItems()[13]!.textContent!.split(' ')[0]!.replace(/^[●○]/, '');
    await vi.waitFor(() => expect(currentTitle()).toHaveFocus());
    expect(currentTitle()).toHaveTextContent(lastCriterion);
    for (const title of ['Nytt', 'Skapar värde', 'Används']) {
      await userEvent.keyboard('j');
      await vi.waitFor(() => expect(currentTitle()).toHaveFocus());
      expect(currentTitle()).toHaveTextContent(title);
    }
    await userEvent.keyboard('j');
    await vi.waitFor(() => expect(screen.getByRole('heading', { name: 'Teamets helhet', level: 2 })).toHaveFocus());
  });

  it('lists the open aspects by their titles before submitting', async () => {
    open(classAndPrizeView());
    await userEvent.click(await screen.findByRole('button', { name: 'Lämna in teamets bedömning…' }));
    const dialog = screen.getByRole('dialog', { name: 'Det här saknas innan teamet kan lämna in' });
    expect(dialog).toHaveTextContent('17 av 17 kriterier och aspekter är inte klara.');
    expect(dialog).toHaveTextContent('En prisaspekt är klar när teamet har minst en styrka eller ett förbättringsområde.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Framsteget: Skapar värde' }));
    expect(currentTitle()).toHaveTextContent('Skapar värde');
  });
});

describe('ConsensusScreen for a prize-only entry', () => {
  beforeAll(() => vi.stubGlobal('ResizeObserver', class { observe() {} disconnect() {} }));
  afterAll(() => vi.unstubAllGlobals());

  it('says before the start that the aspects have no score to start from', async () => {
    open(prizeOnlyView(teamAspects(), { assessment: null, editable: null, stages: [], canStart: true }));
    await screen.findByRole('button', { name: 'Starta konsensus' });
    expect(screen.getByRole('region', { name: 'Teamets individuella bedömningar' })).toHaveTextContent(
      'Prisaspekterna har ingen poäng: teamet skriver sina styrkor och förbättringsområden utifrån examinatorernas.',
    );
    expect(screen.queryByText(/konsensuspoäng/)).not.toBeInTheDocument();
  });

  it('shows the prize alone: no score matrix, no points, the first aspect open', async () => {
    open(prizeOnlyView());
    expect(await screen.findByRole('region', { name: 'Nytt' })).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.queryByRole('radiogroup')).not.toBeInTheDocument();
    const header = document.querySelector('.consensus-header')!;
    expect(header).toHaveTextContent('Lindgårdens vård- och omsorgsboende · Konsensus');
    expect(header).toHaveTextContent('0 av 3 aspekter klara');
    expect(header).not.toHaveTextContent(/poäng|Totalt|kriterier/);
    expect(agendaItems().map((b) => b.textContent!.replace(/[●○◆]/, '').split(/Inget|Till/)[0])).toEqual(['Nytt', 'Skapar värde', 'Används', 'Teamets helhet']);
    expect(agenda()).toHaveTextContent('Prisaspekterna bedöms i ord, utan poäng.');
  });

  it('writes the team\'s own aspect comment and lets a member read the team\'s lists only', async () => {
    const fake = open(prizeOnlyView(), {
      'assessment:add-comment': () => ({ ...teamEditResult(teamView(teamAspects({ [VARDE]: { improvements: [{ id: '00000000-0000-4000-8000-00000000ff03', text: '', evidence: [] }] } }))), commentId: '00000000-0000-4000-8000-00000000ff03' }),
    });
    await userEvent.click(await within(await screen.findByRole('navigation', { name: 'Dagordning' })).findByRole('button', { name: /^Skapar värde/ }));
    const improvements = screen.getByRole('region', { name: /Teamets förbättringsområden/ });
    await userEvent.click(within(improvements).getByRole('button', { name: /Skriv ny/ }));
    expect(fake.calls('assessment:add-comment')).toEqual([{ assessmentId: TEAM_ID, criterionId: VARDE, kind: 'improvement', text: '' }]);
    await vi.waitFor(() => expect(screen.getByRole('textbox', { name: 'Teamets förbättringsområde 1' })).toHaveFocus());
  });

  it('shows a member the team\'s submitted aspects read only', async () => {
    const aspects = teamAspects({ [ANVANDS]: { strengths: [{ id: '00000000-0000-4000-8000-00000000ff04', text: 'Används varje dag.', evidence: [], sources: [{ examinerId: 'e-anna', commentId: '00000000-0000-4000-8000-00000000ff05', initials: 'AL' }] }] } });
    open(prizeOnlyView(aspects, { access: 'member', sources: [], editable: null, assessment: teamView(aspects, { status: 'submitted' }) }));
    await userEvent.click(await within(await screen.findByRole('navigation', { name: 'Dagordning' })).findByRole('button', { name: /^Används/ }));
    const card = screen.getByRole('region', { name: 'Används' });
    expect(card).toHaveTextContent('Används varje dag.');
    expect(card).toHaveTextContent('Från AL');
    expect(within(card).queryByRole('button')).not.toBeInTheDocument();
    expect(within(card).queryByRole('textbox')).not.toBeInTheDocument();
  });
});
