import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import { t } from '../i18n/t';
import { NAV_ITEMS } from './navigation';

export function NavList({ current }: { current: string | undefined }) {
  return (
    <List component="ul" sx={{ py: 1 }}>
      {NAV_ITEMS.map((item) => {
        const selected = item.segment === current;
        return (
          <li key={item.segment}>
            <ListItemButton
              href={`/${item.segment}`}
              selected={selected}
              aria-current={selected ? 'page' : undefined}
              sx={{
                borderLeft: 4,
                borderColor: selected ? 'primary.main' : 'transparent',
                '&.Mui-selected': { bgcolor: '#e3e3fd', color: 'primary.main', fontWeight: 700 },
              }}
            >
              <ListItemText
                primary={t(item.label)}
                slotProps={{ primary: { sx: { fontWeight: selected ? 700 : 500 } } }}
              />
            </ListItemButton>
          </li>
        );
      })}
    </List>
  );
}
