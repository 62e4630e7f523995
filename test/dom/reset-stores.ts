import type { StoreApi, UseBoundStore } from 'zustand';
import { useAppInfo } from '../../renderer/app/app-info-store';
import { useChrome } from '../../renderer/app/chrome-store';
import { useNotices } from '../../renderer/app/notice-store';
import { useRouter } from '../../renderer/app/router-store';
import { useDocuments } from '../../renderer/features/documents/documents-store';
import { useReader } from '../../renderer/features/documents/reader-store';
import { useViewer } from '../../renderer/features/documents/viewer/viewer-store';
import { usePackageEditor } from '../../renderer/features/authoring/package-editor/package-draft-store';
import { useRoundSetup } from '../../renderer/features/authoring/round-setup/round-draft-store';
import { useCriteria } from '../../renderer/features/criteria/criteria-store';
import { useIdentity } from '../../renderer/features/exchange/identity-store';
import { useAssessmentImport } from '../../renderer/features/exchange/import-store';
import { useJury } from '../../renderer/features/exchange/jury-store';
import { useReceived } from '../../renderer/features/exchange/received-store';
import { useTrustPrompt } from '../../renderer/features/packages/trust-prompt-store';
import { useTrustedKeys } from '../../renderer/features/packages/trusted-keys-store';
import { useRound } from '../../renderer/features/round/round-store';
import { useDesk } from '../../renderer/features/assessment/desk-store';
import { useDeskLayout } from '../../renderer/features/assessment/desk-layout';
import { useMyRound } from '../../renderer/features/assessment/my-round-store';
import { useBackups } from '../../renderer/features/settings/backups-store';
import { useConsensus } from '../../renderer/features/consensus/consensus-store';
import { useRoundConsensus } from '../../renderer/features/consensus/round-status-store';
import { useReports } from '../../renderer/features/reports/reports-store';
import { useRounds } from '../../renderer/features/start/rounds-store';

// Every zustand store of the renderer, restored to its initial state between tests.
const stores: UseBoundStore<StoreApi<object>>[] = [
  useAppInfo,
  useChrome,
  useNotices,
  useRouter,
  useBackups,
  useRounds,
  useDocuments,
  useReader,
  useViewer,
  useCriteria,
  useRound,
  useMyRound,
  useDesk,
  useDeskLayout,
  useTrustPrompt,
  useTrustedKeys,
  usePackageEditor,
  useRoundSetup,
  useIdentity,
  useAssessmentImport,
  useReceived,
  useJury,
  useConsensus,
  useRoundConsensus,
  useReports,
];
const initial = new Map(stores.map((store) => [store, store.getInitialState()]));

export function resetAllStores(): void {
  for (const [store, state] of initial) store.setState(state, true);
}
