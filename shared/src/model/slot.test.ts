import { describe, expect, it } from 'vitest';
import { DEFAULT_SLOT_MINUTES, readSlotInput, slotCapacity } from './slot.ts';

function errorsOf(input: unknown) {
  const r = readSlotInput(input);
  return r.ok ? [] : r.errors;
}

describe('readSlotInput', () => {
  it('reads a slot, 30 minutes by default', () => {
    expect(DEFAULT_SLOT_MINUTES).toBe(30);
    expect(readSlotInput({ date: '2021-04-15', start: '09:00' })).toEqual({
      ok: true,
      value: { date: '2021-04-15', start: '09:00', minutes: 30 },
    });
    expect(readSlotInput({ date: '2021-04-15', start: '21:30', minutes: 45 })).toEqual({
      ok: true,
      value: { date: '2021-04-15', start: '21:30', minutes: 45 },
    });
  });

  it('trims', () => {
    const r = readSlotInput({ date: ' 2021-04-15 ', start: ' 09:00\n', minutes: ' 60 ' });
    expect(r.ok && r.value).toEqual({ date: '2021-04-15', start: '09:00', minutes: 60 });
  });

  it('date and start are required', () => {
    expect(errorsOf({})).toEqual([
      { field: 'date', code: 'error.required' },
      { field: 'start', code: 'error.required' },
    ]);
  });

  it.each(['2021/04/15', '15-04-2021', '2021-4-15', '21-04-15', 'tomorrow', '2021-04-15T09'])('rejects the date format %j', (date) => {
    expect(errorsOf({ date, start: '09:00' })).toContainEqual({ field: 'date', code: 'error.date' });
  });

  it.each(['2021-13-01', '2021-00-10', '2021-02-29', '2021-04-31', '2021-04-00', '2021-12-32'])('rejects the impossible date %s', (date) => {
    expect(errorsOf({ date, start: '09:00' })).toEqual([{ field: 'date', code: 'error.date' }]);
  });

  it('accepts a leap day in a leap year', () => {
    expect(readSlotInput({ date: '2024-02-29', start: '09:00' }).ok).toBe(true);
  });

  it('an over-long date is reported as too long', () => {
    expect(errorsOf({ date: '2021-04-150', start: '09:00' })).toContainEqual({ field: 'date', code: 'error.tooLong' });
  });

  it.each(['00:00', '09:05', '23:59', '12:30'])('accepts the start %s', (start) => {
    expect(readSlotInput({ date: '2021-04-15', start }).ok).toBe(true);
  });

  it.each(['24:00', '9:00', '09:60', '0900', '9am', '09.00'])('rejects the start %j', (start) => {
    expect(errorsOf({ date: '2021-04-15', start })).toContainEqual({ field: 'start', code: 'error.time' });
  });

  it.each([4, 241, 30.5, -30, 'long', [30]])('rejects %j minutes', (minutes) => {
    expect(errorsOf({ date: '2021-04-15', start: '09:00', minutes })).toEqual([{ field: 'minutes', code: 'error.number' }]);
  });

  it('accepts 5 and 240 minutes', () => {
    expect(readSlotInput({ date: '2021-04-15', start: '09:00', minutes: 5 }).ok).toBe(true);
    expect(readSlotInput({ date: '2021-04-15', start: '09:00', minutes: 240 }).ok).toBe(true);
  });

  it.each([[{ date: 20210415, start: '09:00' }], [{ date: '2021-04-15', start: ['09:00'] }]])('rejects wrong types %j', (input) => {
    expect(readSlotInput(input).ok).toBe(false);
  });

  it.each([null, '2021-04-15', []])('rejects %j as a whole', (v) => {
    expect(readSlotInput(v)).toEqual({ ok: false, errors: [{ field: '', code: 'error.invalid' }] });
  });
});

describe('slotCapacity (R5.2)', () => {
  it('is the number of accounts, main included, and never below one', () => {
    expect(slotCapacity(1)).toBe(1);
    expect(slotCapacity(4)).toBe(4);
    expect(slotCapacity(0)).toBe(1);
  });
});
