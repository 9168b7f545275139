import { describe, expect, it } from 'vitest';
import { generateAccount } from './generate-account';
import { EmulatorState, type StateChange } from './state';

function newState(): EmulatorState {
  return new EmulatorState(generateAccount({ guests: 5, domains: 2, now: Date.UTC(2026, 0, 1) }));
}

/** Everything the state holds, as plain JSON (rows through their proxies, as callers see them). */
function contents(state: EmulatorState): unknown {
  return JSON.parse(JSON.stringify(state.snapshot()));
}

describe('EmulatorState.mutate', () => {
  it('undoes every write of a change that throws halfway: inserts, deletes, nested edits, ids', () => {
    const state = newState();
    const before = contents(state);
    const guest = state.guests.all()[0]!;
    const doomed = state.guests.all()[1]!.id;
    expect(() =>
      state.mutate(() => {
        guest.hostname = 'changed';
        guest.notes = 'new notes';
        guest.tags.push('added');
        guest.sshKeyIds.length = 0;
        delete (guest as { transaction?: unknown }).transaction;
        state.guests.delete(doomed);
        state.sshKeys.insert({
          id: state.allocateId('sshKey'),
          label: 'half',
          key: 'ssh-ed25519 AAAA',
          fingerprint: 'x',
          createdAt: 0,
          modifiedAt: 0,
        });
        throw new Error('refused halfway');
      }),
    ).toThrow('refused halfway');
    expect(contents(state)).toEqual(before);
    expect(state.guests.get(doomed)).toBeDefined();
    expect(state.commits).toBe(0);
  });

  it('undoes only the inner change when an inner change throws and the outer one goes on', () => {
    const state = newState();
    const guest = state.guests.all()[0]!;
    state.mutate(() => {
      guest.notes = 'outer';
      try {
        state.mutate(() => {
          guest.hostname = 'inner';
          throw new Error('inner refused');
        });
      } catch {
        // the outer change goes on
      }
    });
    expect(guest.notes).toBe('outer');
    expect(guest.hostname).not.toBe('inner');
    expect(state.commits).toBe(1);
  });

  it('hands each committed change to the listeners: changed rows whole, deleted keys, moved ids', () => {
    const state = newState();
    const changes: StateChange[] = [];
    state.onChange((change) => changes.push(JSON.parse(JSON.stringify(change)) as StateChange));
    const guest = state.guests.all()[0]!;
    const deleted = state.guests.all()[1]!.id;
    const id = state.mutate(() => {
      guest.notes = 'seen';
      state.guests.delete(deleted);
      const created = state.allocateId('sshKey');
      state.sshKeys.insert({
        id: created,
        label: 'k',
        key: 'ssh-ed25519 AAAA',
        fingerprint: 'f',
        createdAt: 1,
        modifiedAt: 1,
      });
      return created;
    });
    expect(changes).toHaveLength(1);
    const [change] = changes as [StateChange];
    expect(change.tables.guests?.put).toEqual([expect.objectContaining({ id: guest.id, notes: 'seen' })]);
    expect(change.tables.guests?.delete).toEqual([deleted]);
    expect(change.tables.sshKeys?.put).toEqual([expect.objectContaining({ id, label: 'k' })]);
    expect(change.nextIds?.sshKey).toBe(id + 1);

    // Replayed on a fresh copy, the change gives the same account.
    const copy = newState();
    copy.applyChange(change);
    expect(contents(copy)).toEqual(contents(state));
  });

  it('commits a write made outside any change on the next microtask', async () => {
    const state = newState();
    const changes: StateChange[] = [];
    state.onChange((change) => changes.push(change));
    state.guests.all()[0]!.notes = 'poked by a test';
    expect(changes).toHaveLength(0);
    await Promise.resolve();
    expect(changes).toHaveLength(1);
    expect(changes[0]?.tables.guests?.put).toHaveLength(1);
  });

  it('finds every Table field as a table of the account, by its field name', () => {
    const names = [...newState().tables().keys()];
    expect(names).toEqual(expect.arrayContaining(['guests', 'sshKeys', 'resourceRecords', 'cancellations']));
    expect(names).not.toContain('nextIds');
  });
});
