import { lazy, Suspense, useEffect } from 'react';
import { onFilesOpened } from './api';
import { useAppInfo } from './app/app-info-store';
import { importFiles } from './app/import-files';
import { useRouter } from './app/router-store';
import type { Route } from './app/routes';
import { DropTarget } from './components/DropTarget';
import { ExampleBanner } from './components/ExampleBanner';
import { Notices } from './components/Notices';
import { StatusBar } from './components/StatusBar';
import { TopBar } from './components/TopBar';
import { DeskScreen } from './features/assessment/DeskScreen';
import { DocumentsScreen } from './features/documents/DocumentsScreen';
import { RoundSearchScreen } from './features/documents/RoundSearchScreen';
import { AuthoringScreen } from './features/authoring/AuthoringScreen';
import { PackageEditorScreen } from './features/authoring/package-editor/PackageEditorScreen';
import { RoundSetupScreen } from './features/authoring/round-setup/RoundSetupScreen';
import { ConsensusScreen } from './features/consensus/ConsensusScreen';
import { ReportsScreen } from './features/reports/ReportsScreen';
import { CriteriaBrowserScreen } from './features/criteria/CriteriaBrowserScreen';
import { ImportPreviewDialog } from './features/exchange/ImportPreviewDialog';
import { DecisionImportDialog } from './features/jury/DecisionImportDialog';
import { JuryScreen } from './features/exchange/JuryScreen';
import { JuryMeetingScreen } from './features/jury/JuryMeetingScreen';
import { ReplaceRoundDialog } from './features/packages/ReplaceRoundDialog';
import { TrustKeyDialog } from './features/packages/TrustKeyDialog';
import { RecoveryScreen } from './features/recovery/RecoveryScreen';
import { RoundScreen } from './features/round/RoundScreen';
import { SettingsScreen } from './features/settings/SettingsScreen';
import { StartScreen } from './features/start/StartScreen';

// The reader brings PDF.js (large): loaded when a document is first opened.
const ReaderScreen = lazy(() => import('./features/documents/ReaderScreen').then((m) => ({ default: m.ReaderScreen })));

function Screen({ route }: { route: Route }) {
  switch (route.name) {
    case 'start':
      return <StartScreen />;
    case 'settings':
      return <SettingsScreen />;
    case 'documents':
      return <DocumentsScreen />;
    case 'document':
      return (
        <Suspense fallback={<p className="page muted">Öppnar dokumentet…</p>}>
          <ReaderScreen key={route.sha256} sha256={route.sha256} />
        </Suspense>
      );
    case 'round-search':
      return <RoundSearchScreen key={route.roundId} roundId={route.roundId} />;
    case 'round':
      return <RoundScreen roundId={route.roundId} />;
    case 'assessment':
      return <DeskScreen key={`${route.roundId}/${route.contestantId}`} roundId={route.roundId} contestantId={route.contestantId} criterionId={route.criterionId} />;
    case 'consensus':
      return <ConsensusScreen key={`${route.roundId}/${route.contestantId}`} roundId={route.roundId} contestantId={route.contestantId} stage={route.stage} />;
    case 'reports':
      return <ReportsScreen key={route.roundId} roundId={route.roundId} />;
    case 'jury':
      return <JuryScreen key={route.roundId} roundId={route.roundId} />;
    case 'jury-meeting':
      return <JuryMeetingScreen key={`${route.roundId}/${route.meeting}`} roundId={route.roundId} meeting={route.meeting} />;
    case 'criteria':
      return <CriteriaBrowserScreen packageSha256={route.packageSha256} criterionId={route.criterionId} roundId={route.roundId} />;
    case 'authoring':
      return <AuthoringScreen />;
    case 'package-editor':
      return <PackageEditorScreen draftId={route.draftId} />;
    case 'round-setup':
      return <RoundSetupScreen draftId={route.draftId} />;
  }
}

export function App() {
  const route = useRouter((s) => s.route);
  const sync = useRouter((s) => s.sync);
  const databaseDamaged = useAppInfo((s) => s.info?.databaseDamaged ?? false);
  useEffect(() => {
    void useAppInfo.getState().load();
    window.addEventListener('hashchange', sync);
    // A hash changed between the first read and this listener (a link opened while the page loaded) is not lost.
    sync();
    const stopListening = onFilesOpened((files) => void importFiles(files));
    return () => {
      window.removeEventListener('hashchange', sync);
      stopListening();
    };
  }, [sync]);
  // Nothing else can work without the database: only the way back to it is offered.
  if (databaseDamaged) {
    return (
      <main id="main" className="main" tabIndex={-1}>
        <RecoveryScreen />
      </main>
    );
  }
  return (
    <div className="app">
      <button type="button" className="skip-link" onClick={() => document.getElementById('main')?.focus()}>
        Hoppa till innehållet
      </button>
      <div>
        <TopBar />
        <ExampleBanner />
      </div>
      <main id="main" className="main" tabIndex={-1}>
        <Screen route={route} />
      </main>
      <StatusBar />
      <Notices />
      <DropTarget />
      <TrustKeyDialog />
      <ReplaceRoundDialog />
      <ImportPreviewDialog />
      <DecisionImportDialog />
    </div>
  );
}
