import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import LinearProgress from '@mui/material/LinearProgress';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TablePagination from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { MEASURE_STATUS_LABELS, type MeasureStatus } from '@shared/domain/measure-status';
import type { Role } from '@shared/roles';
import { useRpc } from '../app/RpcContext';
import { useRpcQuery } from '../app/useRpcQuery';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { MEASURE_TYPE_SHORT, dateOrDash, personName } from './labels';
import { casesPaths } from './routes';
import { SectionCard } from './SectionCard';
import { SelectField } from '../forms/fields/SelectField';
import { useAction } from './useAction';

const byStatusText = (byStatus: Record<string, number>) =>
  Object.entries(byStatus)
    .filter(([, count]) => count > 0)
    .map(([status, count]) => `${MEASURE_STATUS_LABELS[status as MeasureStatus] ?? status} : ${count}`)
    .join(' · ') || '—';

/** The manager's distribution: each officer's load, and the measures waiting for an officer. */
export function DistributionPage({ role }: { role: Role }) {
  if (role !== 'dpip') {
    return (
      <>
        <Typography variant="h1" gutterBottom>
          Répartition
        </Typography>
        <Alert severity="info">
          La répartition des mesures entre les CPIP est réservée à la direction du service (DPIP).
        </Alert>
      </>
    );
  }
  return <Distribution />;
}

function Distribution() {
  const rpc = useRpc();
  const [page, setPage] = useState(0);
  const pageSize = 50;
  const loads = useRpcQuery('measures.officerLoads', {});
  const users = useRpcQuery('users.list', {});
  const unassigned = useRpcQuery('measures.caseload', {
    unassigned: true,
    sort: 'registered',
    direction: 'asc',
    offset: page * pageSize,
    limit: pageSize,
  });
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [officerId, setOfficerId] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const action = useAction();
  const officers = (users.data ?? [])
    .filter((user) => user.role === 'cpip' && !user.disabled)
    .sort((a, b) => a.displayName.localeCompare(b.displayName, 'fr'));
  const items = unassigned.data?.items ?? [];
  const allOnPage = items.length > 0 && items.every((item) => selected.has(item.measureId));

  const toggle = (id: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    setSelected(next);
  };

  const assign = () => {
    setNotice(null);
    const officer = officers.find((o) => o.id === officerId);
    void action
      .run(async () => {
        const result = await rpc.call('measures.assign', { measureIds: [...selected], officerId });
        setNotice(
          `${result.assigned} mesure${result.assigned > 1 ? 's' : ''} attribuée${result.assigned > 1 ? 's' : ''} à ${officer?.displayName ?? 'ce CPIP'}.`,
        );
      })
      .then((ok) => {
        if (!ok) return;
        setSelected(new Set());
        void loads.reload();
        void unassigned.reload();
      });
  };

  return (
    <>
      <Link href={casesPaths.caseload}>← Retour aux dossiers</Link>
      <Typography variant="h1" sx={{ mt: 1, mb: 2 }}>
        Répartition
      </Typography>
      <SectionCard title="Charge des CPIP">
        {loads.error && <Alert severity="error">{loads.error.message}</Alert>}
        {loads.loading && <LinearProgress aria-label="Chargement des charges" />}
        <TableContainer component={Paper} variant="outlined">
          <Table size="small" aria-label="Charge des CPIP">
            <TableHead>
              <TableRow>
                <TableCell>CPIP</TableCell>
                <TableCell align="right">Mesures actives</TableCell>
                <TableCell>Par statut</TableCell>
                <TableCell align="right">Alertes</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {(loads.data ?? []).map((load) => (
                <TableRow key={load.officerId}>
                  <TableCell>{load.displayName}</TableCell>
                  <TableCell align="right">{load.active}</TableCell>
                  <TableCell>{byStatusText(load.byStatus)}</TableCell>
                  <TableCell align="right">{load.alerts}</TableCell>
                </TableRow>
              ))}
              {!loads.loading && (loads.data ?? []).length === 0 && (
                <TableRow>
                  <TableCell colSpan={4}>Aucun CPIP.</TableCell>
                </TableRow>
              )}
            </TableBody>
          </Table>
        </TableContainer>
      </SectionCard>
      <SectionCard title={`Mesures à attribuer (${unassigned.data?.total ?? 0})`}>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'center' }, mb: 1 }}>
          <SelectField
            label="Attribuer à"
            emptyLabel="Choisir un CPIP"
            options={officers.map((o) => [o.id, o.displayName] as const)}
            value={officerId}
            onChange={(event) => setOfficerId(event.target.value)}
            margin="none"
            size="small"
            fullWidth={false}
          />
          <Button
            variant="contained"
            disabled={selected.size === 0 || officerId === '' || action.pending}
            onClick={assign}
          >
            Attribuer{' '}
            {selected.size > 0
              ? `les ${selected.size} mesure${selected.size > 1 ? 's' : ''} sélectionnée${selected.size > 1 ? 's' : ''}`
              : 'la sélection'}
          </Button>
        </Stack>
        {users.error && <Alert severity="error">{users.error.message}</Alert>}
        {notice && (
          <Alert severity="success" sx={{ mb: 1 }} onClose={() => setNotice(null)}>
            {notice}
          </Alert>
        )}
        <FormErrorAlert error={action.error} />
        {unassigned.error && <Alert severity="error">{unassigned.error.message}</Alert>}
        <TableContainer component={Paper} variant="outlined" sx={{ mt: 1 }}>
          <Table size="small" aria-label="Mesures à attribuer">
            <TableHead>
              <TableRow>
                <TableCell padding="checkbox">
                  <Checkbox
                    checked={allOnPage}
                    indeterminate={!allOnPage && items.some((item) => selected.has(item.measureId))}
                    onChange={(event) => {
                      const next = new Set(selected);
                      for (const item of items) {
                        if (event.target.checked) next.add(item.measureId);
                        else next.delete(item.measureId);
                      }
                      setSelected(next);
                    }}
                    slotProps={{ input: { 'aria-label': 'Sélectionner toutes les mesures de la page' } }}
                  />
                </TableCell>
                <TableCell>Personne</TableCell>
                <TableCell>Type</TableCell>
                <TableCell>Heures</TableCell>
                <TableCell>Échéance</TableCell>
                <TableCell>Reçue le</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {items.map((item) => (
                <TableRow key={item.measureId} selected={selected.has(item.measureId)}>
                  <TableCell padding="checkbox">
                    <Checkbox
                      checked={selected.has(item.measureId)}
                      onChange={(event) => toggle(item.measureId, event.target.checked)}
                      slotProps={{
                        input: { 'aria-label': `Sélectionner ${personName(item)} (${item.dossierNumber})` },
                      }}
                    />
                  </TableCell>
                  <TableCell>
                    <Link href={casesPaths.measure(item.measureId)}>{personName(item)}</Link> — {item.dossierNumber}
                  </TableCell>
                  <TableCell>{MEASURE_TYPE_SHORT[item.type]}</TableCell>
                  <TableCell>{item.hoursOrdered} h</TableCell>
                  <TableCell>{dateOrDash(item.effectiveDeadline)}</TableCell>
                  <TableCell>{dateOrDash(item.registeredOn)}</TableCell>
                </TableRow>
              ))}
              {!unassigned.loading && items.length === 0 && (
                <TableRow>
                  <TableCell colSpan={6}>Aucune mesure à attribuer.</TableCell>
                </TableRow>
              )}
            </TableBody>
          </Table>
        </TableContainer>
        <TablePagination
          component="div"
          count={unassigned.data?.total ?? 0}
          page={page}
          rowsPerPage={pageSize}
          rowsPerPageOptions={[pageSize]}
          onPageChange={(_event, next) => setPage(next)}
        />
      </SectionCard>
    </>
  );
}
