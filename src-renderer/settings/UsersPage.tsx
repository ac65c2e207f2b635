import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ROLE_LABELS_FR } from '@shared/roles';
import type { User } from '@shared/schemas/users';
import { useSession } from '../app/SessionContext';
import { rpcQuery } from '../queries/rpcQuery';
import { useRpcMutation } from '../queries/useRpcMutation';
import { ResetPassphraseDialog } from './ResetPassphraseDialog';
import { UserCreateDialog } from './UserCreateDialog';
import { UserEditDialog } from './UserEditDialog';

type OpenDialog = { kind: 'create' } | { kind: 'edit'; user: User } | { kind: 'reset'; user: User } | null;

/** Accounts of the office. The administrator manages them; the DPIP may only read the list. */
export function UsersPage() {
  const { session } = useSession();
  const canEdit = session.user?.role === 'admin';
  const users = useQuery(rpcQuery('users.list', {}));
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const clearLockout = useRpcMutation('users.clearLockout');

  const done = (message: string) => {
    setDialog(null);
    setNotice(message);
  };

  const unlock = (user: User) => {
    setNotice(null);
    clearLockout.mutate(
      { id: user.id },
      {
        onSuccess: ({ cleared }) =>
          setNotice(
            cleared
              ? `Connexion de ${user.username} débloquée : un nouvel essai est possible tout de suite.`
              : `Le compte ${user.username} n’était pas bloqué : rien à débloquer.`,
          ),
      },
    );
  };

  const sorted = [...(users.data ?? [])].sort((a, b) => a.username.localeCompare(b.username, 'fr'));
  return (
    <section aria-labelledby="users-title">
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', mb: 2 }}>
        <Typography variant="h2" id="users-title">
          Utilisateurs
        </Typography>
        {canEdit && (
          <Button variant="contained" onClick={() => setDialog({ kind: 'create' })}>
            Nouvel utilisateur
          </Button>
        )}
      </Stack>
      {!canEdit && (
        <Alert severity="info" sx={{ mb: 2 }}>
          Consultation seule : seul l'administrateur local peut créer ou modifier des comptes.
        </Alert>
      )}
      {notice && (
        <Alert severity="success" sx={{ mb: 2 }} onClose={() => setNotice(null)}>
          {notice}
        </Alert>
      )}
      {clearLockout.error && (
        <Alert severity="error" sx={{ mb: 2 }} onClose={() => clearLockout.reset()}>
          {clearLockout.error.message}
        </Alert>
      )}
      {users.error && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {users.error.message}
        </Alert>
      )}
      {users.isFetching && <LinearProgress aria-label="Chargement des utilisateurs" sx={{ mb: 1 }} />}
      <TableContainer component={Paper} variant="outlined">
        <Table size="small" aria-labelledby="users-title">
          <TableHead>
            <TableRow>
              <TableCell>Identifiant</TableCell>
              <TableCell>Nom</TableCell>
              <TableCell>Rôle</TableCell>
              <TableCell>État</TableCell>
              {canEdit && <TableCell>Actions</TableCell>}
            </TableRow>
          </TableHead>
          <TableBody>
            {sorted.map((user) => (
              <TableRow key={user.id}>
                <TableCell sx={{ fontFamily: 'ui-monospace, Consolas, monospace' }}>{user.username}</TableCell>
                <TableCell>{user.displayName}</TableCell>
                <TableCell>{ROLE_LABELS_FR[user.role]}</TableCell>
                <TableCell>
                  {user.disabled ? (
                    <Chip label="Désactivé" size="small" variant="outlined" />
                  ) : (
                    <Chip label="Actif" size="small" color="success" variant="outlined" />
                  )}
                </TableCell>
                {canEdit && (
                  <TableCell>
                    <Stack direction="row" spacing={1}>
                      <Button
                        size="small"
                        aria-label={`Modifier le compte ${user.username}`}
                        onClick={() => setDialog({ kind: 'edit', user })}
                      >
                        Modifier
                      </Button>
                      <Button
                        size="small"
                        aria-label={`Réinitialiser la phrase de passe de ${user.username}`}
                        onClick={() => setDialog({ kind: 'reset', user })}
                      >
                        Réinitialiser la phrase de passe
                      </Button>
                      <Button
                        size="small"
                        aria-label={`Débloquer la connexion de ${user.username}`}
                        title="Lève l’attente imposée après plusieurs phrases de passe erronées"
                        disabled={clearLockout.isPending}
                        onClick={() => unlock(user)}
                      >
                        Débloquer la connexion
                      </Button>
                    </Stack>
                  </TableCell>
                )}
              </TableRow>
            ))}
            {users.isSuccess && sorted.length === 0 && (
              <TableRow>
                <TableCell colSpan={canEdit ? 5 : 4}>Aucun compte.</TableCell>
              </TableRow>
            )}
          </TableBody>
        </Table>
      </TableContainer>
      {dialog?.kind === 'create' && (
        <UserCreateDialog onClose={() => setDialog(null)} onCreated={(user) => done(`Compte ${user.username} créé.`)} />
      )}
      {dialog?.kind === 'edit' && (
        <UserEditDialog
          user={dialog.user}
          isSelf={dialog.user.id === session.user?.id}
          onClose={() => setDialog(null)}
          onSaved={(user) => done(`Compte ${user.username} modifié.`)}
        />
      )}
      {dialog?.kind === 'reset' && (
        <ResetPassphraseDialog
          user={dialog.user}
          onClose={() => setDialog(null)}
          onDone={() => done(`Phrase de passe de ${dialog.user.username} réinitialisée.`)}
        />
      )}
    </section>
  );
}
