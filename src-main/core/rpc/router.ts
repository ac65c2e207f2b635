import '@shared/zod-french';
import { AppError, isAppError, type RpcErrorBody, type RpcResult } from '@shared/errors';
import { contract, isMethodName } from '@shared/rpc/contract';
import type { MethodSpec } from '@shared/rpc/method';
import { ROLE_LABELS_FR } from '@shared/roles';
import type { User } from '@shared/schemas/users';
import type { HandlerContext, HandlerMap } from './handler';
import { fieldIssues, validationSummary } from './zod-issues';
import { cleanInputStrings } from './input-strings';
import { actorOf } from '../services/session-service';
import { internalErrorMessage, logInternalError, type InternalErrorLog } from './internal-error-log';

/**
 * The one router both hosts call (DESIGN.md §4): unknown methods rejected, lock enforced, roles checked, input
 * validated, failures mapped to typed French errors, and calls touching personal data written to the audit trail.
 */
export class Router {
  constructor(
    private readonly handlers: HandlerMap,
    private readonly context: HandlerContext,
    // Never the error's message nor the input: they may hold personal data (issue 11, item 5).
    private readonly log: InternalErrorLog = logInternalError,
  ) {}

  async call(methodName: string, rawInput: unknown): Promise<RpcResult<unknown>> {
    if (!isMethodName(methodName)) {
      return failure({ code: 'NOT_FOUND', message: `Opération inconnue : « ${String(methodName).slice(0, 80)} ».` });
    }
    const spec: MethodSpec = contract[methodName];
    const { sessions } = this.context;
    sessions.lockIfIdle();
    const actorBefore = sessions.peek()?.user ?? null;
    let entityIds: string[] = [];
    try {
      this.checkAccess(spec);
      const cleaned = cleanInputStrings(rawInput ?? {});
      if (!cleaned.ok) {
        return failure({ code: 'VALIDATION', message: validationSummary(cleaned.issues), fields: cleaned.issues });
      }
      const parsed = spec.input.safeParse(cleaned.value);
      if (!parsed.success) {
        const fields = fieldIssues(parsed.error);
        // Refused before anything is written, not even an audit entry.
        return failure({ code: 'VALIDATION', message: validationSummary(fields), fields });
      }
      entityIds = idsIn(parsed.data);
      const handler = this.handlers[methodName] as (input: unknown, context: HandlerContext) => unknown;
      // The session methods open, close or re-key the database and keyring: they cannot run in one transaction,
      // and a sign-in is not undone for its trace. Every other call fails rather than go unrecorded.
      const sessionMethod = methodName.startsWith('session.');
      const work = async () => {
        const result = await handler(parsed.data, this.context);
        const checked = spec.output.safeParse(result);
        if (!checked.success)
          throw new Error(`output of ${methodName} does not match the contract: ${checked.error.message}`);
        if (methodName !== 'session.status') sessions.activity();
        const ids = [...entityIds, ...idsIn(checked.data)];
        await this.audit(methodName, spec, actorBefore, ids, 'ok', null, !sessionMethod);
        return checked.data;
      };
      // A write and its audit entry commit together, or neither does (issue 11 item 3).
      const unit = spec.audit === 'write' && !sessionMethod ? sessions.peek() : null;
      const data = unit ? await unit.db.unitOfWork(work) : await work();
      await this.afterCommit();
      return { ok: true, result: data };
    } catch (error) {
      const body = this.toErrorBody(methodName, error);
      const outcome = body.code === 'INTERNAL' ? 'error' : 'refused';
      await this.audit(methodName, spec, actorBefore, entityIds, outcome, body.code);
      await this.afterCommit();
      return failure(body);
    }
  }

  /** Anchors the audit trail every few entries (audit-checkpointer.ts); a failure delays it, never fails the call. */
  private async afterCommit(): Promise<void> {
    const session = this.context.sessions.peek();
    if (!session) return;
    try {
      await session.anchoring.checkpoints.afterCall();
    } catch (error) {
      this.log('[audit] checkpoint failed', error);
    }
  }

  private checkAccess(spec: MethodSpec): void {
    const session = this.context.sessions.peek();
    if (session?.locked && !spec.whileLocked) {
      throw new AppError(
        'LOCKED',
        'La session est verrouillée : saisissez votre phrase de passe pour la déverrouiller.',
      );
    }
    if (spec.access === 'public') return;
    const { user } = this.context.sessions.current();
    if (spec.access !== 'signed-in' && !spec.access.includes(user.role)) {
      throw new AppError('FORBIDDEN', `Votre rôle (${ROLE_LABELS_FR[user.role]}) ne permet pas cette action.`);
    }
  }

  private toErrorBody(methodName: string, error: unknown): RpcErrorBody {
    if (isAppError(error)) return error.toBody();
    // The method name comes from the contract (checked above), never from the caller's free text.
    const reference = this.log(`rpc ${methodName}`, error);
    return { code: 'INTERNAL', message: internalErrorMessage(reference) };
  }

  /**
   * Written only while a database is open; failed logins before that are kept by the login throttle. When
   * `required`, a failure to write fails the call (inside its unit of work, so its changes roll back).
   */
  private async audit(
    method: string,
    spec: MethodSpec,
    actorBefore: User | null,
    entityIds: string[],
    outcome: 'ok' | 'refused' | 'error',
    errorCode: string | null,
    required = false,
  ): Promise<void> {
    if (spec.audit === 'none' || method === 'session.logout') return;
    const session = this.context.sessions.peek();
    if (!session) return;
    const actor =
      method === 'session.login' || method === 'session.setup' ? session.user : (actorBefore ?? session.user);
    try {
      await session.audit.append({
        at: new Date(this.context.clock.now()).toISOString(),
        ...actorOf(actor),
        method,
        entityIds: [...new Set(entityIds)],
        outcome,
        errorCode,
      });
    } catch (error) {
      const reference = this.log(`audit ${method}`, error);
      if (required) {
        throw new AppError(
          'INTERNAL',
          `Le journal d’audit n’a pas pu être écrit : l’opération n’a pas été enregistrée. Signalez-le à l’administrateur local en donnant la référence ${reference}.`,
        );
      }
    }
  }
}

function failure(error: RpcErrorBody): RpcResult<never> {
  return { ok: false, error };
}

/** The ids an audit entry names: `id` fields at the top level and one level down (e.g. `user.id`). */
function idsIn(value: unknown): string[] {
  if (!value || typeof value !== 'object') return [];
  const ids: string[] = [];
  const visit = (object: Record<string, unknown>) => {
    if (typeof object.id === 'string') ids.push(object.id);
  };
  if (Array.isArray(value)) return [];
  visit(value as Record<string, unknown>);
  for (const nested of Object.values(value)) {
    if (nested && typeof nested === 'object' && !Array.isArray(nested)) visit(nested as Record<string, unknown>);
  }
  return ids;
}
