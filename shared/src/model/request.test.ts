import { describe, expect, it } from 'vitest';
import { requestState, type Outcome } from './request.ts';
import type { RequestId } from './ids.ts';

describe('requestState', () => {
  const requestId = 'r1' as RequestId;

  it('is pending until the outcome arrives', () => {
    expect(requestState(undefined)).toBe('pending');
  });

  it('is the outcome once it has arrived', () => {
    const accepted: Outcome = { requestId, status: 'accepted', at: 1 };
    const refused: Outcome = { requestId, status: 'refused', reason: 'error.quotaExhausted', at: 2 };
    expect(requestState(accepted)).toBe('accepted');
    expect(requestState(refused)).toBe('refused');
  });
});
