import '../app/zodConfig';
import '../app/trustedTypes';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { defaultServices, prepareStorage, ServicesContext } from '../app/services';
import { startLanguage } from '../i18n/language';
import { startServiceWorker } from './pwa/serviceWorker';
import './styles.css';

function render() {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <ServicesContext.Provider value={defaultServices()}>
        <App />
      </ServicesContext.Provider>
    </StrictMode>,
  );
}

// An older stored database needs its upgrade code loaded before the first read; a current one
// needs none. Rendering goes ahead either way: a failed upgrade shows where the data is read.
// The chosen language's catalogue loads alongside, so the first paint is already in it.
void Promise.allSettled([prepareStorage(), startLanguage()]).then(render);

// Only the served build has a service worker: the single file runs from file://, the dev server serves sources.
if (import.meta.env.PROD && import.meta.env.MODE !== 'single') startServiceWorker();
