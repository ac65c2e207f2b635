import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { AppProviders } from './app/AppProviders';
import { createDefaultTransport, createRpcClient } from './rpc/client';

const rpc = createRpcClient(createDefaultTransport());
const container = document.getElementById('root');
if (!container) throw new Error('#root missing from index.html');

createRoot(container).render(
  <StrictMode>
    <AppProviders client={rpc}>
      <App />
    </AppProviders>
  </StrictMode>,
);
