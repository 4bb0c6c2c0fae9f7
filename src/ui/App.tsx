import { lazy, Suspense } from 'react';
import { Link, Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { HomePage } from './home/HomePage';
import { APP_NAME } from '../app/services';
import { loadStoreCode } from '../app/lazyStore';
import { loadIdentityCode } from '../app/lazyIdentities';
import { ASSESSMENT_ROUTE, type AssessmentRouteParams } from './assessment/sections';
import { UpdateNotice } from './pwa/UpdateNotice';
import { EasyReadSwitch } from './common/easyRead';
import { LanguageSwitch } from './common/LanguageSwitch';
import { FormattedMessage, useIntl } from '../i18n/react';

// The wizard, its forms and the checklist content load only when an assessment is opened;
// its other sections (findings, action plan, context, dashboard) load on their first visit.
// The editor's live queries must read directly, so the store's code is here before it renders;
// likewise the identity code on every screen that may list identities or trusted certificates.
const withIdentities = <T,>(page: () => Promise<T>) => Promise.all([page(), loadIdentityCode()]).then(([loaded]) => loaded);
const AssessmentPage = lazy(() => withIdentities(() => Promise.all([import('./wizard/AssessmentPage'), loadStoreCode()]).then(([page]) => page)));
const BackupPage = lazy(() => import('./backup/BackupPage'));
const IdentityPage = lazy(() => withIdentities(() => import('./identity/IdentityPage')));
const VerifyPage = lazy(() => withIdentities(() => import('./verify/VerifyPage')));
const NewAssessmentPage = lazy(() => import('./home/NewAssessmentPage'));
// The procurement journey (buyer and vendor screens) loads only when one of its pages opens.
const NewProcurementPage = lazy(() => withIdentities(() => import('./procurement/NewProcurementPage')));
const ProcurementPage = lazy(() => withIdentities(() => import('./procurement/ProcurementPage')));
const OpenRequestPage = lazy(() => withIdentities(() => import('./procurement/vendor/OpenRequestPage')));
const ResponsePage = lazy(() => withIdentities(() => import('./procurement/vendor/ResponsePage')));

/** Hash routes work from any static host and from a file:// copy alike. */
export function App() {
  const intl = useIntl();
  return (
    <Router hook={useHashLocation}>
      <a className="skip-link" href="#main" onClick={skipToMain}>
        <FormattedMessage defaultMessage="Skip to main content" description="Link that lets keyboard users jump past the header" />
      </a>
      <header className="app-header">
        <Link href="/" className="brand">
          {APP_NAME}
        </Link>
        <nav aria-label={intl.formatMessage({ defaultMessage: 'Signatures', description: 'Header: name of the navigation to the signature pages' })} className="header-links">
          <Link href="/identity">
            <FormattedMessage defaultMessage="Signing identities" description="Header link to the page that keeps signing keys and certificates" />
          </Link>
          <Link href="/verify">
            <FormattedMessage defaultMessage="Verify a signed file" description="Header link to the page that checks signed reports and packages" />
          </Link>
        </nav>
        <span className="offline-note">
          <FormattedMessage defaultMessage="Works offline. Your data stays on this device." description="Header: reassurance shown on every page" />
        </span>
        <LanguageSwitch />
        <EasyReadSwitch />
        <UpdateNotice />
      </header>
      <main id="main" tabIndex={-1}>
        <Suspense
          fallback={
            <p role="status">
              <FormattedMessage defaultMessage="Loading…" description="Shown while a page's code loads" />
            </p>
          }
        >
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
              <h1>
                <FormattedMessage defaultMessage="Page not found" description="Heading of the page shown for an unknown address" />
              </h1>
              <p>
                <Link href="/">
                  <FormattedMessage defaultMessage="Back to your assessments" description="Link from a missing page to the home list" />
                </Link>
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
