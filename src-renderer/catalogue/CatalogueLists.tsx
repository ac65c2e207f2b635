import Box from '@mui/material/Box';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import { useNavigate } from 'react-router';
import { HostsListPage } from './HostsListPage';
import { PostsListPage } from './PostsListPage';
import { ProspectionPage } from './ProspectionPage';
import { cataloguePaths } from './routes';
import { TutorsListPage } from './TutorsListPage';

type ListScreen = 'hosts' | 'posts' | 'tutors' | 'prospection';

const TABS: readonly { screen: ListScreen; label: string; path: string; keepersOnly: boolean }[] = [
  { screen: 'hosts', label: 'Structures', path: cataloguePaths.hosts, keepersOnly: false },
  { screen: 'posts', label: 'Postes', path: cataloguePaths.posts, keepersOnly: false },
  { screen: 'tutors', label: 'Tuteurs', path: cataloguePaths.tutors, keepersOnly: false },
  { screen: 'prospection', label: 'Prospection', path: cataloguePaths.prospection, keepersOnly: true },
];

/** The four lists of the catalogue under one heading, one tab each; prospection is the référent's and the DPIP's. */
export function CatalogueLists({ screen, canKeep }: { screen: ListScreen; canKeep: boolean }) {
  const navigate = useNavigate();
  const tabs = TABS.filter((tab) => canKeep || !tab.keepersOnly);
  const current = tabs.find((tab) => tab.screen === screen) ?? TABS[0]!;
  return (
    <>
      <Typography variant="h1" sx={{ mb: 1 }}>
        Postes et structures
      </Typography>
      <Box sx={{ borderBottom: 1, borderColor: 'divider', mb: 2 }}>
        <Tabs
          value={current.screen}
          onChange={(_event, value: ListScreen) => navigate(TABS.find((tab) => tab.screen === value)!.path)}
          aria-label="Listes du catalogue"
        >
          {tabs.map((tab) => (
            <Tab
              key={tab.screen}
              value={tab.screen}
              label={tab.label}
              id={`catalogue-tab-${tab.screen}`}
              aria-controls="catalogue-panel"
            />
          ))}
        </Tabs>
      </Box>
      <div role="tabpanel" id="catalogue-panel" aria-labelledby={`catalogue-tab-${current.screen}`}>
        {current.screen === 'hosts' && <HostsListPage canKeep={canKeep} />}
        {current.screen === 'posts' && <PostsListPage />}
        {current.screen === 'tutors' && <TutorsListPage />}
        {current.screen === 'prospection' && <ProspectionPage />}
      </div>
    </>
  );
}
