import '../app/zodConfig';
import '../app/trustedTypes';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { defaultServices, ServicesContext } from '../app/services';
import './styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ServicesContext.Provider value={defaultServices()}>
      <App />
    </ServicesContext.Provider>
  </StrictMode>,
);
