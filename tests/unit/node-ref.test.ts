import { describe, expect, it } from 'vitest';
import { parseNodeId, parseRefId, refId, unitNameOf, type ElementRef } from '../../web/src/state/node-ref';
import { refOfSelection, selectionOf } from '../../web/src/state/view-slice';
import { seedPlan } from '../support/_plans';

const plan = seedPlan();

describe('node references', () => {
  it.each<[ElementRef, string]>([
    [{ kind: 'unit', name: '省发展改革委' }, 'unit:省发展改革委'],
    [{ kind: 'task', ordinal: 0 }, 'task:0'],
    [{ kind: 'task', ordinal: 46 }, 'task:46'],
    [{ kind: 'project', name: '广州港南沙港区四期工程' }, 'project:广州港南沙港区四期工程'],
    // A name may itself hold a colon: only the first one separates the kind.
    [{ kind: 'unit', name: '中国铁路:广州局' }, 'unit:中国铁路:广州局'],
    [{ kind: 'pair', units: ['省财政厅', '省发展改革委'] }, 'pair:省发展改革委,省财政厅'],
  ])('%o is written %s and read back', (ref, id) => {
    expect(refId(ref)).toBe(id);
    const back = parseRefId(id)!;
    expect(refId(back)).toBe(id);
    if (ref.kind === 'pair') expect(back).toEqual({ kind: 'pair', units: [...ref.units].sort() });
    else expect(back).toEqual(ref);
  });

  it('names one pair the same whichever unit comes first', () => {
    expect(refId({ kind: 'pair', units: ['省财政厅', '省发展改革委'] })).toBe(refId({ kind: 'pair', units: ['省发展改革委', '省财政厅'] }));
  });

  it.each(['', 'unit', 'unit:', 'task:x', 'task:-1', 'task:1.5', 'pair:省财政厅', 'pair:省财政厅,省财政厅', 'pair:a,b,c', 'co:a\u0000b', 'meeting:x'])('reads %j as no node', (id) => {
    expect(parseRefId(id)).toBeNull();
  });

  it('tells nodes from pairs, and units from the rest', () => {
    expect(parseNodeId('pair:a,b')).toBeNull();
    expect(parseNodeId('task:3')).toEqual({ kind: 'task', ordinal: 3 });
    expect(unitNameOf('unit:省财政厅')).toBe('省财政厅');
    expect(unitNameOf('project:省财政厅')).toBeNull();
  });

  it('gives every node of the seed plan an id that reads back as it', () => {
    const refs: ElementRef[] = [
      ...plan.units.map((u): ElementRef => ({ kind: 'unit', name: u.name })),
      ...plan.tasks.map((t): ElementRef => ({ kind: 'task', ordinal: t.ordinal })),
      ...plan.projects.map((p): ElementRef => ({ kind: 'project', name: p.name })),
    ];
    expect(refs.length).toBeGreaterThan(100);
    for (const ref of refs) expect(refOfSelection(selectionOf(ref))).toEqual(ref);
  });
});
