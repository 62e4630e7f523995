/** The app on the consensus screen of the view's contestant, its core a fake bridge answering with the view (and the handlers given). */
import { render } from '@testing-library/react';
import { App } from '../../../../../renderer/App';
import type { ConsensusView } from '../../../../../shared/contract/consensus';
import { appInfo, installFakeBridge, type FakeHandlers } from '../../../fake-bridge';
import { packageView, roundOverview } from '../../../samples';

export function openConsensus(view: ConsensusView | (() => ConsensusView), handlers: FakeHandlers = {}) {
  const current = typeof view === 'function' ? view : () => view;
  window.location.hash = `#/omgang/ku-2026-ovning/konsensus/${current().contestantId}`;
  const fake = installFakeBridge({
    'app:info': () => appInfo(),
    'round:get': () => roundOverview(),
    'package:get': () => packageView(),
    'consensus:open': () => current(),
    ...handlers,
  });
  render(<App />);
  return fake;
}
