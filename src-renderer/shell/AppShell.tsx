import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Drawer from '@mui/material/Drawer';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import CircularProgress from '@mui/material/CircularProgress';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { ROLE_LABELS_FR } from '@shared/roles';
import { useRpc } from '../app/RpcContext';
import { useSession } from '../app/SessionContext';
import { t } from '../i18n/t';
import { NavList } from './NavList';
import { DEFAULT_ROUTE, NAV_ITEMS, sectionOf } from './navigation';
import { NotFoundPage } from './NotFoundPage';
import { PlaceholderPage } from './PlaceholderPage';
import { SkipLink } from './SkipLink';

const DRAWER_WIDTH = 240;

// Each area is its own chunk, loaded when first opened: the map's Leaflet or the grids wait until they are needed.
const CasesArea = lazy(() => import('../cases/CasesArea').then((module) => ({ default: module.CasesArea })));
const CatalogueArea = lazy(() =>
  import('../catalogue/CatalogueArea').then((module) => ({ default: module.CatalogueArea })),
);
const MapArea = lazy(() => import('../map/MapArea').then((module) => ({ default: module.MapArea })));
const DocumentsArea = lazy(() =>
  import('../documents/DocumentsArea').then((module) => ({ default: module.DocumentsArea })),
);
const SettingsPage = lazy(() =>
  import('../settings/SettingsPage').then((module) => ({ default: module.SettingsPage })),
);

export function AppShell() {
  const rpc = useRpc();
  const { session, setSession } = useSession();
  const section = sectionOf(useLocation().pathname);
  const [busy, setBusy] = useState(false);

  // On a change of area, screen readers start from the new page, not from the menu link just used.
  const previousSection = useRef(section);
  useEffect(() => {
    if (previousSection.current !== undefined && previousSection.current !== section) {
      document.getElementById('main-content')?.focus();
    }
    previousSection.current = section;
  }, [section]);

  const run = async (method: 'session.lock' | 'session.logout') => {
    setBusy(true);
    try {
      setSession(await rpc.call(method, {}));
    } catch {
      // LOCKED and network errors are surfaced by the app-wide listener.
    } finally {
      setBusy(false);
    }
  };

  const user = session.user;
  return (
    <Box sx={{ display: 'flex', minHeight: '100vh' }}>
      <AppBar
        position="fixed"
        elevation={0}
        sx={{
          zIndex: (theme) => theme.zIndex.drawer + 1,
          // The default focus ring is too faint on the dark blue bar.
          '& .Mui-focusVisible': { outlineColor: '#ffffff' },
        }}
      >
        <Toolbar sx={{ gap: 2 }}>
          <SkipLink targetId="main-content" />
          <Typography component="p" variant="h6" sx={{ fontWeight: 700 }}>
            {t('app.name')}
          </Typography>
          {session.serviceName && (
            <Typography component="p" sx={{ opacity: 0.9, display: { xs: 'none', md: 'block' } }}>
              {session.serviceName}
            </Typography>
          )}
          <Box sx={{ flexGrow: 1 }} />
          {user && (
            <Box sx={{ textAlign: 'right', lineHeight: 1.2 }}>
              <Typography component="p" sx={{ fontWeight: 600 }}>
                {user.displayName}
              </Typography>
              <Typography component="p" variant="body2" sx={{ opacity: 0.9 }}>
                {ROLE_LABELS_FR[user.role]}
              </Typography>
            </Box>
          )}
          <Button color="inherit" variant="outlined" disabled={busy} onClick={() => void run('session.lock')}>
            {t('action.lock')}
          </Button>
          <Button color="inherit" variant="outlined" disabled={busy} onClick={() => void run('session.logout')}>
            {t('action.logout')}
          </Button>
        </Toolbar>
      </AppBar>
      <Drawer
        variant="permanent"
        sx={{
          width: DRAWER_WIDTH,
          flexShrink: 0,
          '& .MuiDrawer-paper': { width: DRAWER_WIDTH, boxSizing: 'border-box' },
        }}
      >
        <Toolbar />
        <Box component="nav" aria-label="Navigation principale">
          <NavList current={section} />
        </Box>
      </Drawer>
      <Box component="main" id="main-content" tabIndex={-1} sx={{ flexGrow: 1, p: 3, minWidth: 0, outline: 'none' }}>
        <Toolbar />
        <Suspense fallback={<CircularProgress aria-label="Chargement de la page" sx={{ m: 4 }} />}>
          <Routes>
            <Route index element={<Navigate to={DEFAULT_ROUTE} replace />} />
            <Route path="dossiers/*" element={<CasesArea />} />
            <Route path="postes/*" element={<CatalogueArea />} />
            <Route path="carte/*" element={<MapArea />} />
            <Route path="documents" element={<DocumentsArea />} />
            <Route path="parametres/:tab?" element={<SettingsPage />} />
            {NAV_ITEMS.filter((item) => item.upcoming).map((item) => (
              <Route
                key={item.segment}
                path={item.segment}
                element={<PlaceholderPage title={t(item.label)} text={item.upcoming!} />}
              />
            ))}
            <Route path="*" element={<NotFoundPage />} />
          </Routes>
        </Suspense>
      </Box>
    </Box>
  );
}
