import Box from '@mui/material/Box';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import { Navigate, useNavigate, useParams } from 'react-router';
import { useSession } from '../app/SessionContext';
import { LetterheadPage } from '../documents/LetterheadPage';
import { AuditPage } from './AuditPage';
import { MapSettingsPage } from './MapSettingsPage';
import { SecurityPage } from './SecurityPage';
import { ServicePage } from './ServicePage';
import { tabsFor } from './settingsTabs';
import { UsersPage } from './UsersPage';

export function SettingsPage() {
  const { tab } = useParams();
  const navigate = useNavigate();
  const { session } = useSession();
  const tabs = session.user ? tabsFor(session.user.role) : [];
  const current = tabs.find((candidate) => candidate.segment === tab) ?? tabs[0];

  if (!current) return null;
  // '/parametres' or a tab this role does not have: the first tab it has, in place of the address.
  if (current.segment !== tab) return <Navigate to={`/parametres/${current.segment}`} replace />;
  return (
    <>
      <Typography variant="h1" gutterBottom>
        Paramètres
      </Typography>
      <Box sx={{ borderBottom: 1, borderColor: 'divider', mb: 3 }}>
        <Tabs
          value={current.segment}
          onChange={(_event, value: string) => navigate(`/parametres/${value}`)}
          aria-label="Sections des paramètres"
        >
          {tabs.map((item) => (
            <Tab
              key={item.segment}
              value={item.segment}
              label={item.label}
              id={`settings-tab-${item.segment}`}
              aria-controls="settings-panel"
            />
          ))}
        </Tabs>
      </Box>
      <div role="tabpanel" id="settings-panel" aria-labelledby={`settings-tab-${current.segment}`}>
        {current.segment === 'utilisateurs' && <UsersPage />}
        {current.segment === 'securite' && <SecurityPage />}
        {current.segment === 'service' && <ServicePage />}
        {current.segment === 'en-tete' && <LetterheadPage />}
        {current.segment === 'carte' && <MapSettingsPage />}
        {current.segment === 'journal' && <AuditPage />}
      </div>
    </>
  );
}
