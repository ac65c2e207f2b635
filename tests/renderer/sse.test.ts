import { describe, expect, it } from 'vitest';
import { parseSseBlocks } from '@renderer/rpc/sse';

describe('parseSseBlocks', () => {
  it('returns complete events and keeps the unfinished tail', () => {
    const { events, rest } = parseSseBlocks('data: {"a":1}\n\n: comment\n\ndata: {"b"');
    expect(events).toEqual(['{"a":1}']);
    expect(rest).toBe('data: {"b"');
  });

  it('joins multi-line data and accepts CRLF framing', () => {
    const { events, rest } = parseSseBlocks('event: x\r\ndata: line1\r\ndata: line2\r\n\r\n');
    expect(events).toEqual(['line1\nline2']);
    expect(rest).toBe('');
  });
});
