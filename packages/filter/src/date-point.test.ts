import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarDay, compareDatePoints, formatFilterDate, parseDatePoint } from './date-point';

const utc = (text: string): number => Date.parse(`${text}Z`);

describe('parseDatePoint', () => {
  it.each([
    ['04/01/2023 12:34:56', { wall: utc('2023-04-01T12:34:56'), offsetMinutes: undefined }],
    ['4/1/2023 0:0:0', { wall: utc('2023-04-01T00:00:00'), offsetMinutes: undefined }],
    ['04/01/2023', { wall: utc('2023-04-01T00:00:00'), offsetMinutes: undefined }],
    ['04/01/2023 12:34', { wall: utc('2023-04-01T12:34:00'), offsetMinutes: undefined }],
    ['01/01/01', { wall: utc('2001-01-01T00:00:00'), offsetMinutes: undefined }],
    ['02/29/2024 23:59:59', { wall: utc('2024-02-29T23:59:59'), offsetMinutes: undefined }],
    ['2023-04-01T12:34:56-06:00', { wall: utc('2023-04-01T12:34:56'), offsetMinutes: -360 }],
    ['2023-04-01T12:34:56+05:30', { wall: utc('2023-04-01T12:34:56'), offsetMinutes: 330 }],
    ['2023-04-01T12:34:56.123456-06:00', { wall: utc('2023-04-01T12:34:56.123'), offsetMinutes: -360 }],
    ['2023-04-01T12:34:56Z', { wall: utc('2023-04-01T12:34:56'), offsetMinutes: 0 }],
    ['2023-04-01T12:34:56-0600', { wall: utc('2023-04-01T12:34:56'), offsetMinutes: -360 }],
    ['2023-04-01T12:34:56', { wall: utc('2023-04-01T12:34:56'), offsetMinutes: undefined }],
    ['2023-04-01', { wall: utc('2023-04-01T00:00:00'), offsetMinutes: undefined }],
    ['  2023-04-01T12:34:56-06:00 ', { wall: utc('2023-04-01T12:34:56'), offsetMinutes: -360 }],
  ])('reads %s', (text, expected) => {
    expect(parseDatePoint(text)).toEqual(expected);
  });

  it.each([
    '',
    'yesterday',
    '13/01/2023',
    '02/30/2023',
    '02/29/2023',
    '04/01/2023 24:00:00',
    '04/01/2023 12:60:00',
    '2023-04-01T12:34:56-19:00',
    '2023-04-01T12:34:5x-06:00',
    '2023-13-01T12:34:56-06:00',
    '0099-01-01T00:00:00+00:00',
    '1234',
  ])('refuses %s', (text) => {
    expect(parseDatePoint(text)).toBeUndefined();
  });

  it('reads the API layout as the instant Date.parse gives (property)', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1970-01-01T00:00:00Z'),
          max: new Date('2099-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.integer({ min: -12, max: 14 }),
        (date, hours) => {
          const shifted = new Date(date.getTime() + hours * 3_600_000);
          const sign = hours < 0 ? '-' : '+';
          const text = `${shifted.toISOString().slice(0, 19)}${sign}${String(Math.abs(hours)).padStart(2, '0')}:00`;
          const point = parseDatePoint(text)!;
          const instant = point.wall - point.offsetMinutes! * 60_000;
          expect(instant).toBe(Date.parse(text));
          expect(parseDatePoint(formatFilterDate(date))).toEqual({
            wall: Math.floor(date.getTime() / 1000) * 1000,
            offsetMinutes: undefined,
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('comparing points', () => {
  const central = parseDatePoint('2023-04-01T23:30:00-06:00')!;
  const utcPoint = parseDatePoint('2023-04-02T05:30:00Z')!;
  const naive = parseDatePoint('04/01/2023 23:30:00')!;
  it('compares instants when both have offsets, wall clocks otherwise', () => {
    expect(compareDatePoints(central, utcPoint)).toBe(0);
    expect(compareDatePoints(central, naive)).toBe(0);
    expect(compareDatePoints(utcPoint, naive)).toBeGreaterThan(0);
  });
  it('finds the calendar day at the reference offset', () => {
    expect(calendarDay(central, utcPoint)).toBe(calendarDay(utcPoint, utcPoint));
    expect(calendarDay(central, naive)).toBe(calendarDay(naive, naive));
  });
});
