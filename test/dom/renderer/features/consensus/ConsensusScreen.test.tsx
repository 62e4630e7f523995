import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { editResult, leadView, memberView, sources, TEAM_ID, teamCriteria, teamEditResult, teamView } from './consensus-fixture';
import { openConsensus } from './open-consensus';

const open = openConsensus;

const agendaItems = () => within(screen.getByRole('navigation', { name: 'Dagordning' })).getAllByRole('button');

describe('ConsensusScreen (the lead)', () => {
  it('shows every score side by side and puts the disputed criterion first on the agenda, marked to discuss', async () => {
    open(leadView());
    const matrix = await screen.findByRole('table', { name: 'Poäng per examinator och teamets poäng' });
    const row = within(matrix).getByRole('row', { name: /^1\.1/ });
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual(['50', '20', '60', '43,3', '40⚠ ska diskuteras', '40\u00a0%']);
    expect(agendaItems()[0]).toHaveTextContent('1.1 Målgruppernas behov och förväntningar⚠ Diskutera Spridning 40 · 3 nivåer');
    expect(agendaItems().at(-1)).toHaveTextContent('Teamets helhet');
    expect(screen.getByText('0 av 1 att diskutera är diskuterade (spridning 30 eller mer).')).toBeInTheDocument();
  });

  it('merges picked members\' comments into one team strength, and takes a single one with one click', async () => {
    const fake = open(leadView(), { 'consensus:take': () => teamEditResult() });
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Välj för sammanslagning: Annas styrka i 1.1.' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Välj för sammanslagning: Bilals styrka i 1.1.' }));
    expect(screen.getByText('2 valda')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Slå ihop till teamets styrka' }));
    await userEvent.click(screen.getByRole('button', { name: 'Ta med i teamets lista: Cecilias förbättringsområde i 1.1.' }));
    const [annas, bilals, cecilias] = sources.map((s) => s.criteria[0]!);
    expect(fake.calls('consensus:take')).toEqual([
      { assessmentId: TEAM_ID, criterionId: '1.1', kind: 'strength', picks: [{ examinerId: 'e-anna', commentId: annas!.strengths[0]!.id }, { examinerId: 'e-bilal', commentId: bilals!.strengths[0]!.id }] },
      { assessmentId: TEAM_ID, criterionId: '1.1', kind: 'improvement', picks: [{ examinerId: 'e-cecilia', commentId: cecilias!.improvements[0]!.id }] },
    ]);
  });

  it('asks for the rationale of a score outside the individual range, and records the discussion', async () => {
    let discussed = false;
    const view = () => leadView({ assessment: teamView(teamCriteria({ '1.1': { score: 80, discussed } })) });
    const fake = open(view, {
      'consensus:set-discussed': (args) => {
        discussed = args.discussed;
        return teamEditResult(view().assessment!);
      },
      'consensus:set-rationale': () => teamEditResult(view().assessment!),
    });
    expect(await screen.findByText('Poängen ligger utanför de individuella poängen (20–60): skriv varför.')).toBeInTheDocument();
    expect(screen.getByText(/Konsensuspoängen 80 ligger utanför de individuella poängen \(20–60\)/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('checkbox', { name: /Teamet har diskuterat kriteriet/ }));
    expect(fake.calls('consensus:set-discussed')).toEqual([{ assessmentId: TEAM_ID, criterionId: '1.1', discussed: true }]);
    expect(await screen.findByRole('checkbox', { name: /Teamet har diskuterat kriteriet/ })).toBeChecked();
    await userEvent.type(screen.getByRole('textbox', { name: /Motivering till teamets poäng/ }), 'Därför.');
    await userEvent.tab();
    expect(fake.calls('consensus:set-rationale').at(-1)).toEqual({ assessmentId: TEAM_ID, criterionId: '1.1', text: 'Därför.' });
  });

  it('saves with one round trip: each edit\'s answer is shown without reading the workspace again', async () => {
    const fake = open(leadView(), {
      'assessment:set-score': (args) => ({ ...editResult, criterion: { ...teamCriteria()[0]!, score: args.score } }),
      'consensus:set-rationale': (args) => teamEditResult(teamView(teamCriteria({ '1.1': { score: 50, rationale: args.text } }))),
    });
    const scores = await screen.findByRole('radiogroup', { name: 'Poäng för 1.1' });
    const before = fake.invoke.mock.calls.length;
    await userEvent.click(within(scores).getByRole('radio', { name: /^50/ }));
    expect(await within(scores).findByRole('radio', { name: /^50/, checked: true })).toBeInTheDocument();
    await userEvent.type(screen.getByRole('textbox', { name: /Motivering till teamets poäng/ }), 'Enigt.');
    await userEvent.tab();
    await vi.waitFor(() => expect(fake.calls('consensus:set-rationale')).toHaveLength(1));
    const matrix = screen.getByRole('table', { name: 'Poäng per examinator och teamets poäng' });
    expect(within(matrix).getByRole('row', { name: /^1\.1/ })).toHaveTextContent('50');
    // Two saves, two calls: neither read the workspace again.
    expect(fake.invoke.mock.calls.slice(before).map(([channel]) => channel)).toEqual(['assessment:set-score', 'consensus:set-rationale']);
  });

  it('lists what is missing before the team can submit', async () => {
    open(leadView());
    await userEvent.click(await screen.findByRole('button', { name: 'Lämna in teamets bedömning…' }));
    const dialog = screen.getByRole('dialog', { name: 'Det här saknas innan teamet kan lämna in' });
    expect(within(dialog).getByText(/14 av 14 kriterier är inte klara/)).toBeInTheDocument();
    expect(within(dialog).getByText(/Spridningen 40 når gränsen 30/)).toBeInTheDocument();
  });

  it('offers a member\'s newer revision to take in or leave out, never applying it by itself', async () => {
    const fake = open(leadView({ updates: [{ examinerId: 'e-cecilia', kind: 'newer', frozenRevision: 1, revision: 2, changedScores: ['1.1'] }] }), {
      'consensus:source': () => teamEditResult(),
    });
    // The name is isolated in a <bdi>, so the sentence spans two elements: match the paragraph's whole text.
    const sentence = /^⚠ Cecilia Ek har skickat revision 2; konsensus bygger på revision 1. Poängen ändras för 1.1./;
    expect(await screen.findByText((_, element) => element?.tagName === 'P' && sentence.test(element.textContent ?? ''))).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Behåll revision 1' }));
    expect(fake.calls('consensus:source')).toEqual([{ assessmentId: TEAM_ID, examinerId: 'e-cecilia', action: 'ignore' }]);
  });

  it('sets the team\'s recommendation in the team\'s overall part', async () => {
    const fake = open(leadView(), { 'consensus:set-team': () => teamEditResult() });
    await userEvent.click(await screen.findByRole('button', { name: /Teamets helhet/ }));
    await userEvent.click(screen.getByRole('radio', { name: 'Föreslå som vinnare' }));
    await userEvent.click(screen.getByRole('radio', { name: 'Ja, föreslå platsbesök' }));
    expect(fake.calls('consensus:set-team')).toEqual([
      { assessmentId: TEAM_ID, change: { field: 'nomination', value: 'winner' } },
      { assessmentId: TEAM_ID, change: { field: 'siteVisit', value: true } },
    ]);
  });
});

describe('ConsensusScreen (a member)', () => {
  it('reads the team\'s assessment without any way to change it', async () => {
    open(memberView());
    await screen.findByRole('table', { name: 'Poäng per examinator och teamets poäng' });
    expect(screen.getByText('Från Anna Lind')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Lämna in teamets bedömning…' })).not.toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: /Välj för sammanslagning/ })).not.toBeInTheDocument();
    expect(screen.getByRole('radiogroup', { name: 'Poäng för 1.1' })).toHaveAttribute('aria-readonly', 'true');
  });

  it('says why nothing is shown while independence holds', async () => {
    open(memberView({ assessment: null, stages: [], notice: 'Medbedömarnas poäng och kommentarer visas först när du har lämnat in din egen individuella bedömning.' }));
    expect(await screen.findByText(/visas först när du har lämnat in din egen individuella bedömning/)).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});

describe('ConsensusScreen (the words to the contestant)', () => {
  // jsdom has no layout: the growing textareas of the lists only need to observe.
  beforeAll(() => vi.stubGlobal('ResizeObserver', class { observe() {} disconnect() {} }));
  afterAll(() => vi.unstubAllGlobals());

  it('keeps what the contestant reads apart from what the jury reads, and saves the words to the unit and each key theme', async () => {
    let team = teamView();
    const fake = open(
      () => leadView({ assessment: team }),
      {
        'consensus:set-team': ({ change }) => {
          const key = change.field === 'siteVisit' || change.field === 'nomination' || change.field === 'citation' ? null : change.field;
          if (key) team = { ...team, team: { ...team.team, [key]: change.value } };
          return teamEditResult(team);
        },
      },
    );
    await userEvent.click(await screen.findByRole('button', { name: /Teamets helhet/ }));
    const forJury = screen.getByRole('region', { name: 'Till domarkommittén' });
    const forUnit = screen.getByRole('region', { name: 'Till den tävlande enheten' });
    expect(within(forJury).getByRole('textbox', { name: 'Sammanfattning av de viktigaste iakttagelserna' })).toBeInTheDocument();
    expect(forJury).toHaveTextContent('Det står aldrig i återföringsrapporten till enheten.');
    expect(forUnit).toHaveTextContent('Det här skickas till enheten: det står i återföringsrapporten');
    expect(within(forUnit).queryByRole('textbox', { name: /Sammanfattning/ })).not.toBeInTheDocument();

    const words = within(forUnit).getByRole('textbox', { name: 'Teamets ord till enheten' });
    expect(words).toHaveAttribute('maxLength', '50000');
    await userEvent.type(words, 'Tack för ett öppet samtal.');
    await userEvent.tab();
    expect(fake.calls('consensus:set-team').at(-1)).toEqual({ assessmentId: TEAM_ID, change: { field: 'toContestant', value: 'Tack för ett öppet samtal.' } });

    await userEvent.click(within(forUnit).getByRole('button', { name: 'Lägg till huvudtema' }));
    const theme = await within(forUnit).findByRole('textbox', { name: 'Huvudtema 1' });
    // The new theme takes the focus, so typing goes straight into it.
    await vi.waitFor(() => expect(theme).toHaveFocus());
    await userEvent.keyboard('Barnen är delaktiga.');
    // Straight on to the next theme: the text saved on leaving its box is kept, not overwritten by the add.
    await userEvent.click(within(forUnit).getByRole('button', { name: 'Lägg till huvudtema' }));
    await within(forUnit).findByRole('textbox', { name: 'Huvudtema 2' });
    expect(fake.calls('consensus:set-team').slice(-3)).toEqual([
      { assessmentId: TEAM_ID, change: { field: 'keyThemes', value: [''] } },
      { assessmentId: TEAM_ID, change: { field: 'keyThemes', value: ['Barnen är delaktiga.'] } },
      { assessmentId: TEAM_ID, change: { field: 'keyThemes', value: ['Barnen är delaktiga.', ''] } },
    ]);
    await userEvent.click(within(forUnit).getByRole('button', { name: 'Ta bort huvudtema 1' }));
    expect(fake.calls('consensus:set-team').at(-1)).toEqual({ assessmentId: TEAM_ID, change: { field: 'keyThemes', value: [''] } });
    await vi.waitFor(() => expect(within(forUnit).queryByRole('textbox', { name: 'Huvudtema 2' })).not.toBeInTheDocument());
  });

  it('shows a member the team\'s words to the unit and its key themes, read only', async () => {
    open(memberView({ assessment: teamView(teamCriteria(), { status: 'submitted', team: { ...teamView().team, toContestant: 'Tack för ert arbete.', keyThemes: ['Barnen är delaktiga.'] } }) }));
    await userEvent.click(await screen.findByRole('button', { name: /Teamets helhet/ }));
    const forUnit = screen.getByRole('region', { name: 'Till den tävlande enheten' });
    expect(within(forUnit).getByRole('textbox', { name: 'Teamets ord till enheten' })).toHaveValue('Tack för ert arbete.');
    expect(within(forUnit).getByRole('textbox', { name: 'Teamets ord till enheten' })).toHaveAttribute('readonly');
    expect(within(forUnit).getByRole('textbox', { name: 'Huvudtema 1' })).toHaveValue('Barnen är delaktiga.');
    expect(within(forUnit).queryByRole('button', { name: /Lägg till/ })).not.toBeInTheDocument();
  });
});
