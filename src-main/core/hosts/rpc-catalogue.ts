import { z } from 'zod';
import { contract } from '@shared/rpc/contract';
import type { MethodSpec } from '@shared/rpc/method';

/** GET /rpc: every method of the contract with its input and output as JSON Schema. */
export function rpcCatalogue() {
  return {
    methods: Object.entries(contract).map(([name, spec]: [string, MethodSpec]) => ({
      name,
      summary: spec.summary,
      access: spec.access,
      audit: spec.audit,
      input: z.toJSONSchema(spec.input, { io: 'input', unrepresentable: 'any' }),
      output: z.toJSONSchema(spec.output, { io: 'output', unrepresentable: 'any' }),
    })),
  };
}
