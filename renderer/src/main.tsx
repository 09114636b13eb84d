import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { pageLog } from './host/pageLog.ts';
import { initI18n } from './i18n/i18n.ts';
import './styles.css';
import './ui/ui.css';

const container = document.getElementById('root');
if (container === null) throw new Error('#root is missing from index.html');

// Errors nobody caught on the page go to main's log (redacted there), for 診断情報の書き出し.
window.addEventListener('error', (event) =>
  pageLog('error', 'page', `${event.message} (${event.filename}:${event.lineno})`),
);
window.addEventListener('unhandledrejection', (event) =>
  pageLog('error', 'page', `unhandled rejection: ${String(event.reason)}`),
);

void initI18n().then(() => {
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
