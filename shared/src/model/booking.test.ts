import { describe, expect, it } from 'vitest';
import { BOOKING_STATUSES, readBookingInput } from './booking.ts';

const booking = {
  slotId: 'slot-1',
  topic: 'Ceramic cups for EU retail',
  contact: 'anna@example.eu',
  region: 'Germany',
  category: 'Tableware',
  source: 'showroom home page',
};

function errorsOf(input: unknown) {
  const r = readBookingInput(input);
  return r.ok ? [] : r.errors;
}

describe('readBookingInput (R5.3)', () => {
  it('reads a valid booking', () => {
    expect(readBookingInput(booking)).toEqual({ ok: true, value: booking });
  });

  it('region, category and source are optional', () => {
    expect(readBookingInput({ slotId: 's', topic: 't', contact: 'c' })).toEqual({
      ok: true,
      value: { slotId: 's', topic: 't', contact: 'c', region: '', category: '', source: '' },
    });
  });

  it('slot, topic and contact are required', () => {
    expect(errorsOf({ region: 'x' })).toEqual([
      { field: 'slotId', code: 'error.required' },
      { field: 'topic', code: 'error.required' },
      { field: 'contact', code: 'error.required' },
    ]);
    expect(errorsOf({ ...booking, topic: '  ' })).toEqual([{ field: 'topic', code: 'error.required' }]);
  });

  it('trims', () => {
    const r = readBookingInput({ ...booking, topic: '  cups ', slotId: ' slot-1 ' });
    expect(r.ok && r.value).toMatchObject({ topic: 'cups', slotId: 'slot-1' });
  });

  it.each([
    ['slotId', 64],
    ['topic', 200],
    ['contact', 200],
    ['region', 100],
    ['category', 100],
    ['source', 100],
  ])('%s allows %i characters and no more', (field, max) => {
    expect(readBookingInput({ ...booking, [field]: 'x'.repeat(max) }).ok).toBe(true);
    expect(errorsOf({ ...booking, [field]: 'x'.repeat(max + 1) })).toEqual([{ field, code: 'error.tooLong' }]);
  });

  it.each(Object.keys(booking))('%s rejects a non-text value', (field) => {
    expect(errorsOf({ ...booking, [field]: true })).toEqual([{ field, code: 'error.invalid' }]);
  });

  it('keeps HTML as plain text', () => {
    const html = '<iframe src="//evil"></iframe>';
    const r = readBookingInput({ ...booking, topic: html });
    expect(r.ok && r.value.topic).toBe(html);
  });

  it('does not let the buyer set status or assignee', () => {
    const r = readBookingInput({ ...booking, status: 'assigned', assigneeId: 'acc-1' });
    expect(r.ok && r.value).toEqual(booking);
  });

  it.each([null, 'slot-1', [booking]])('rejects %j as a whole', (v) => {
    expect(readBookingInput(v)).toEqual({ ok: false, errors: [{ field: '', code: 'error.invalid' }] });
  });

  it('knows the four booking states', () => {
    expect(BOOKING_STATUSES).toEqual(['pending', 'assigned', 'rejected', 'cancelled']);
  });
});
