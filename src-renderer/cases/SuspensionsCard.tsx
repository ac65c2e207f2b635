import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useEffect } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { AuthorityKind } from '@shared/domain/measure-authority';
import { measureAuthority } from '@shared/domain/measure-authority';
import { isValidLocalDate } from '@shared/domain/local-date';
import {
  SUSPENSION_AUTHORITY_LABELS,
  suspensionDecisionProblem,
  suspensionNeedsDecision,
} from '@shared/domain/suspension-decision';
import {
  SUSPENSION_REASON_LABELS,
  suspensionInput,
  type MeasureDetail,
  type SUSPENSION_REASONS,
} from '@shared/schemas/measures';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { FormDateField } from '../forms/fields/FormDateField';
import { FormSelectField } from '../forms/fields/FormSelectField';
import { FormTextField } from '../forms/fields/FormTextField';
import { optionsOf } from '../forms/fields/SelectField';
import { showServerError } from '../forms/serverErrors';
import { useRpcMutation } from '../queries/useRpcMutation';
import { contractResolver } from '../forms/contractResolver';
import { blankToNull, dateOrDash, todayLocal } from './labels';
import { SectionCard } from './SectionCard';

interface SuspensionValues {
  reason: (typeof SUSPENSION_REASONS)[number];
  from: string;
  /** '' while the suspension goes on. */
  to: string;
  note: string;
  /** The decision that ordered it: date ('' when none), authority, reference; why it may act before its date. */
  decisionDate: string;
  decisionAuthority: AuthorityKind;
  decisionReference: string;
  retroactiveReason: string;
}

type Suspension = MeasureDetail['suspensions'][number];

/** « JAP, 28/10/2026, Ordonnance n° 2026/0412 », or why there is none. */
function decisionText(s: Suspension): string {
  if (!s.decisionDate) return suspensionNeedsDecision(s.reason) ? 'Non renseignée' : 'Suspension légale';
  const who = s.decisionAuthority ? `${SUSPENSION_AUTHORITY_LABELS[s.decisionAuthority]}, ` : '';
  return `${who}${dateOrDash(s.decisionDate)}${s.decisionReference ? ` — ${s.decisionReference}` : ''}`;
}

/** Periods that stop the execution deadline (JAP decision or by law); each suspended day extends it. */
export function SuspensionsCard({ detail, canFollow }: { detail: MeasureDetail; canFollow: boolean }) {
  const { measure } = detail;
  // By default the decision comes from the authority that follows the measure (juge des enfants for a minor).
  const following = measureAuthority(measure.type, measure.minorAtFacts).kind;
  const empty: SuspensionValues = {
    reason: 'medical',
    from: todayLocal(),
    to: '',
    note: '',
    decisionDate: '',
    decisionAuthority: following,
    decisionReference: '',
    retroactiveReason: '',
  };
  const toInput = (values: SuspensionValues) => {
    const decisionDate = blankToNull(values.decisionDate);
    return {
      measureId: measure.id,
      reason: values.reason,
      from: values.from,
      to: blankToNull(values.to),
      note: blankToNull(values.note),
      decisionDate,
      decisionAuthority: decisionDate ? values.decisionAuthority : null,
      decisionReference: decisionDate ? blankToNull(values.decisionReference) : null,
      retroactiveReason: blankToNull(values.retroactiveReason),
    };
  };
  const decisionProblem = (values: SuspensionValues) =>
    isValidLocalDate(values.from) && (values.decisionDate === '' || isValidLocalDate(values.decisionDate))
      ? suspensionDecisionProblem({
          reason: values.reason,
          from: values.from,
          decisionDate: blankToNull(values.decisionDate),
          measureDecisionDate: measure.decisionDate,
          today: todayLocal(),
          retroactiveReason: blankToNull(values.retroactiveReason),
        })
      : null;
  const form = useForm({
    mode: 'onChange',
    defaultValues: empty,
    resolver: contractResolver(suspensionInput, toInput, (values) => {
      const problem = decisionProblem(values);
      return problem ? [{ path: 'decisionDate', message: problem }] : [];
    }),
  });
  const [reason, from, decisionDate] = useWatch({ control: form.control, name: ['reason', 'from', 'decisionDate'] });
  const ordered = suspensionNeedsDecision(reason);
  const retroactive = ordered && isValidLocalDate(decisionDate) && isValidLocalDate(from) && decisionDate > from;
  const { trigger, getFieldState } = form;
  // The decision date is checked against the reason and the first suspended day: re-check it when they change.
  useEffect(() => {
    if (getFieldState('decisionDate').isDirty) void trigger('decisionDate');
  }, [reason, from, trigger, getFieldState]);
  const record = useRpcMutation('suspensions.record');
  const closing = useRpcMutation('suspensions.end');
  const suspensions = [...detail.suspensions].sort((a, b) => b.from.localeCompare(a.from));

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      await record.mutateAsync(toInput(values));
      form.reset(empty);
    } catch (error) {
      showServerError(form, error);
    }
  });

  // A failure shows in the alert below the table (closing.error).
  const close = (suspensionId: string) => closing.mutate({ suspensionId, to: todayLocal() });

  return (
    <SectionCard title="Suspensions du délai">
      <Typography sx={{ mb: 1 }}>
        Jours de suspension pris en compte : <strong>{detail.measure.suspendedDays}</strong> — échéance effective le{' '}
        <strong>{dateOrDash(detail.measure.effectiveDeadline)}</strong>.
      </Typography>
      <TableContainer component={Paper} variant="outlined">
        <Table size="small" aria-label="Suspensions du délai">
          <TableHead>
            <TableRow>
              <TableCell>Motif</TableCell>
              <TableCell>Du</TableCell>
              <TableCell>Au</TableCell>
              <TableCell>Jours</TableCell>
              <TableCell>Décision</TableCell>
              <TableCell>Observations</TableCell>
              {canFollow && <TableCell>Actions</TableCell>}
            </TableRow>
          </TableHead>
          <TableBody>
            {suspensions.map((s) => (
              <TableRow key={s.id}>
                <TableCell>{SUSPENSION_REASON_LABELS[s.reason]}</TableCell>
                <TableCell>{dateOrDash(s.from)}</TableCell>
                <TableCell>{s.to ? dateOrDash(s.to) : 'en cours'}</TableCell>
                <TableCell>{s.days}</TableCell>
                <TableCell>{decisionText(s)}</TableCell>
                <TableCell>{s.note ?? ''}</TableCell>
                {canFollow && (
                  <TableCell>
                    {!s.to && (
                      <Button
                        size="small"
                        disabled={closing.isPending}
                        onClick={() => close(s.id)}
                        aria-label={`Clore aujourd’hui la suspension du ${dateOrDash(s.from)}`}
                      >
                        Clore
                      </Button>
                    )}
                  </TableCell>
                )}
              </TableRow>
            ))}
            {suspensions.length === 0 && (
              <TableRow>
                <TableCell colSpan={canFollow ? 7 : 6}>Aucune suspension.</TableCell>
              </TableRow>
            )}
          </TableBody>
        </Table>
      </TableContainer>
      <FormErrorAlert error={closing.error} />
      {canFollow && (
        <Box
          component="form"
          onSubmit={onSubmit}
          noValidate
          sx={{ maxWidth: 640, mt: 2 }}
          aria-labelledby="suspension-form-title"
        >
          <Typography variant="h3" id="suspension-form-title">
            Enregistrer une suspension
          </Typography>
          <FormSelectField
            control={form.control}
            name="reason"
            label="Motif de la suspension"
            options={optionsOf(SUSPENSION_REASON_LABELS)}
          />
          <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: 2 }}>
            <FormDateField control={form.control} name="from" label="Début de la suspension" />
            <FormDateField
              control={form.control}
              name="to"
              label="Fin de la suspension"
              helperText="Laisser vide si elle continue."
            />
          </Box>
          <Typography variant="h4" component="h4" sx={{ mt: 2, fontSize: '1rem', fontWeight: 600 }}>
            Décision qui ordonne la suspension{ordered ? '' : ' (facultative : suspension légale)'}
          </Typography>
          <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: 2 }}>
            <FormDateField
              control={form.control}
              name="decisionDate"
              label="Date de la décision de suspension"
              required={ordered}
              helperText="En principe au plus tard le premier jour suspendu."
            />
            <FormSelectField
              control={form.control}
              name="decisionAuthority"
              label="Autorité qui l’a ordonnée"
              options={optionsOf(SUSPENSION_AUTHORITY_LABELS)}
              helperText={`Par défaut, l’autorité qui suit la mesure : ${SUSPENSION_AUTHORITY_LABELS[following].toLowerCase()}.`}
            />
          </Box>
          <FormTextField
            control={form.control}
            name="decisionReference"
            label="Référence de la décision"
            helperText="Facultative. Ex. : ordonnance n° 2026/0412."
          />
          {retroactive && (
            <FormTextField
              control={form.control}
              name="retroactiveReason"
              label="Justification de l’effet rétroactif"
              helperText="La décision est postérieure au premier jour suspendu : indiquez pourquoi elle vaut depuis ce jour (inscrit à l’historique)."
              multiline
              minRows={2}
            />
          )}
          <FormTextField control={form.control} name="note" label="Observations" multiline minRows={2} />
          <FormErrorAlert error={form.formState.errors.root?.server} />
          <Button type="submit" variant="contained" sx={{ mt: 2 }} disabled={form.formState.isSubmitting}>
            Enregistrer la suspension
          </Button>
        </Box>
      )}
    </SectionCard>
  );
}
