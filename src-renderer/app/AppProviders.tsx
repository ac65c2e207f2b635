import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { AdapterDayjs } from '@mui/x-date-pickers/AdapterDayjs';
import { QueryClientProvider } from '@tanstack/react-query';
import 'dayjs/locale/fr';
import { useState, type ReactNode } from 'react';
import { HashRouter } from 'react-router';
import { createQueryClient } from '../queries/queryClient';
import type { RpcClient } from '../rpc/client';
import { RpcProvider } from './RpcContext';
import { theme } from './theme';

/**
 * Everything the screens rely on: the French theme, French dates (jj/mm/aaaa, HH:mm, whatever the system's
 * language), the RPC client and its query cache, and hash routes (which work under app:// and the browser host).
 */
export function AppProviders({ client, children }: { client: RpcClient; children: ReactNode }) {
  const [queryClient] = useState(() => createQueryClient(client));
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <LocalizationProvider dateAdapter={AdapterDayjs} adapterLocale="fr">
        <RpcProvider client={client}>
          <QueryClientProvider client={queryClient}>
            <HashRouter>{children}</HashRouter>
          </QueryClientProvider>
        </RpcProvider>
      </LocalizationProvider>
    </ThemeProvider>
  );
}
