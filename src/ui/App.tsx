import { lazy, Suspense } from 'react';
import { Link, Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { HomePage } from './home/HomePage';
import { APP_NAME } from '../app/services';
import { loadStoreCode } from '../app/lazyStore';
import { ASSESSMENT_ROUTE, type AssessmentRouteParams } from './assessment/sections';
import { UpdateBanner } from './pwa/UpdateBanner';
import { EasyReadSwitch } from './common/easyRead';

// The wizard, its forms and the checklist content load only when an assessment is opened;
// its other sections (findings, action plan, context, dashboard) load on their first visit.
// The editor's live queries must read directly, so the store's code is here before it renders.
const AssessmentPage = lazy(() => Promise.all([import('./wizard/AssessmentPage'), loadStoreCode()]).then(([page]) => page));
const BackupPage = lazy(() => import('./backup/BackupPage'));
const IdentityPage = lazy(() => import('./identity/IdentityPage'));
const VerifyPage = lazy(() => import('./verify/VerifyPage'));
const NewAssessmentPage = lazy(() => import('./home/NewAssessmentPage'));
// The procurement journey (buyer and vendor screens) loads only when one of its pages opens.
const NewProcurementPage = lazy(() => import('./procurement/NewProcurementPage'));
const ProcurementPage = lazy(() => import('./procurement/ProcurementPage'));
const OpenRequestPage = lazy(() => import('./procurement/vendor/OpenRequestPage'));
const ResponsePage = lazy(() => import('./procurement/vendor/ResponsePage'));

/** Hash routes work from any static host and from a file:// copy alike. */
export function App() {
  return (
    <Router hook={useHashLocation}>
      <a className="skip-link" href="#main" onClick={skipToMain}>
        Skip to main content
      </a>
      <header className="app-header">
        <Link href="/" className="brand">
          {APP_NAME}
        </Link>
        <nav aria-label="Signatures" className="header-links">
          <Link href="/identity">Signing identities</Link>
          <Link href="/verify">Verify a signed file</Link>
        </nav>
        <span className="offline-note">Works offline. Your data stays on this device.</span>
        <EasyReadSwitch />
        <UpdateBanner />
      </header>
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<p role="status">Loading…</p>}>
          <Switch>
            <Route path="/" component={HomePage} />
            <Route path="/new" component={NewAssessmentPage} />
            <Route path="/backup" component={BackupPage} />
            <Route path="/identity" component={IdentityPage} />
            <Route path="/verify" component={VerifyPage} />
            <Route path="/procurement/new" component={NewProcurementPage} />
            <Route<{ id: string }> path="/procurement/:id">{(params) => <ProcurementPage key={params.id} id={params.id} />}</Route>
            <Route path="/respond" component={OpenRequestPage} />
            <Route<{ id: string }> path="/respond/:id">{(params) => <ResponsePage key={params.id} id={params.id} />}</Route>
            <Route<AssessmentRouteParams> path={ASSESSMENT_ROUTE}>{(params) => <AssessmentPage key={params.id} id={params.id} />}</Route>
            <Route>
              <h1>Page not found</h1>
              <p>
                <Link href="/">Back to your assessments</Link>
              </p>
            </Route>
          </Switch>
        </Suspense>
      </main>
    </Router>
  );
}

function skipToMain(event: React.MouseEvent) {
  // Hash routing owns location.hash, so move focus by hand instead of navigating.
  event.preventDefault();
  document.getElementById('main')?.focus();
}
