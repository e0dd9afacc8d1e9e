import { describe, expect, it } from 'vitest';
import { loadAdmission } from '../../ingest/load/load-admission';

/** Which of the waiting plans have been let in, after the event loop settles. */
async function admitted(entries: Array<Promise<void>>): Promise<boolean[]> {
  const state = entries.map(() => false);
  entries.forEach((e, i) => void e.then(() => (state[i] = true)));
  await new Promise((resolve) => setTimeout(resolve, 0));
  return state;
}

describe('which plans of a corpus are written at the same time', () => {
  it('lets plans in while their facts together fit the budget, and the next when one leaves', async () => {
    const gate = loadAdmission(100);
    const entries = [gate.enter('a', 40), gate.enter('b', 40), gate.enter('c', 40)];
    expect(await admitted(entries)).toEqual([true, true, false]);
    expect(gate.inFlight).toEqual({ facts: 80, plans: 2 });
    gate.leave('a', 40);
    expect(await admitted(entries)).toEqual([true, true, true]);
    expect(gate.inFlight).toEqual({ facts: 80, plans: 2 });
  });

  it('lets a plan heavier than the budget in alone', async () => {
    const gate = loadAdmission(100);
    const first = gate.enter('small', 10);
    const big = gate.enter('big', 500);
    expect(await admitted([first, big])).toEqual([true, false]);
    gate.leave('small', 10);
    expect(await admitted([big])).toEqual([true]);
    expect(gate.inFlight).toEqual({ facts: 500, plans: 1 });
  });

  it('never has two versions of one document in flight, and lets the later in after the earlier', async () => {
    const gate = loadAdmission(1_000);
    const earlier = gate.enter('same', 1);
    const later = gate.enter('same', 1);
    expect(await admitted([earlier, later])).toEqual([true, false]);
    gate.leave('same', 1);
    expect(await admitted([later])).toEqual([true]);
  });

  it('lets plans in first come, first in: a small plan does not pass a large one that waits', async () => {
    const gate = loadAdmission(100);
    const running = gate.enter('a', 60);
    const large = gate.enter('b', 60);
    const small = gate.enter('c', 10);
    expect(await admitted([running, large, small])).toEqual([true, false, false]);
    gate.leave('a', 60);
    expect(await admitted([large, small])).toEqual([true, true]);
    expect(gate.inFlight).toEqual({ facts: 70, plans: 2 });
  });
});
