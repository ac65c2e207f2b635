import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { RpcProvider } from './app/RpcContext';
import { theme } from './app/theme';
import { createDefaultTransport, createRpcClient } from './rpc/client';

const rpc = createRpcClient(createDefaultTransport());
const container = document.getElementById('root');
if (!container) throw new Error('#root missing from index.html');

createRoot(container).render(
  <StrictMode>
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <RpcProvider client={rpc}>
        <App />
      </RpcProvider>
    </ThemeProvider>
  </StrictMode>,
);
