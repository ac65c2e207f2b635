import { AuthLayout } from './AuthLayout';
import { RecoveryKeyPanel } from './RecoveryKeyPanel';

/** Shown once, right after setup: the only moment the recovery key is ever visible. */
export function RecoveryKeyScreen({ recoveryKey, onContinue }: { recoveryKey: string; onContinue: () => void }) {
  return (
    <AuthLayout title="Clé de secours" width={640}>
      <RecoveryKeyPanel recoveryKey={recoveryKey} onContinue={onContinue} />
    </AuthLayout>
  );
}
