import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@utrecht/component-library-css/dist/index.css';
import '@utrecht/design-tokens/dist/index.css';
import './theme/woo-theme.css';
import './theme/layout.css';
import { App } from './app';
import { LanguageProvider } from './i18n/language';
import { LocationProvider } from './routing/router';
import { SessionProvider } from './session/session';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <LanguageProvider>
      <LocationProvider>
        <SessionProvider>
          <App />
        </SessionProvider>
      </LocationProvider>
    </LanguageProvider>
  </StrictMode>,
);
