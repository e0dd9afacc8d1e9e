import { describe, expect, it } from 'vitest';
import { readArrangements, STORAGE_KEY } from '../../web/src/state/arrangement-slice';

const good = { positions: { 'unit:省财政厅': { x: 10, y: -4.5 }, 'unit:省发展改革委': { x: 0, y: 0 } }, pinned: ['unit:省财政厅'] };
const key = (view: string) => `guangdong-2022-task-division|abc123|${view}|1|plain`;

describe('arrangements read back from the browser', () => {
  it('reads what was saved', () => {
    expect(readArrangements(JSON.stringify({ [key('collaboration')]: good }))).toEqual({ arrangements: { [key('collaboration')]: good }, notices: [] });
    expect(readArrangements(null)).toEqual({ arrangements: {}, notices: [] });
  });

  it.each([
    ['positions missing', { pinned: [] }],
    ['a position that is not a point', { positions: { 'unit:a': { x: 'left', y: 0 } }, pinned: [] }],
    ['pinned not a list', { positions: {}, pinned: 'unit:a' }],
    ['null', null],
  ])('keeps the good entries and names the corrupt one (%s)', (_, corrupt) => {
    const { arrangements, notices } = readArrangements(JSON.stringify({ [key('collaboration')]: good, [key('projects')]: corrupt }));
    expect(arrangements).toEqual({ [key('collaboration')]: good });
    expect(notices).toEqual([{ kind: 'arrangement', value: 'guangdong-2022-task-division · projects' }]);
  });

  it.each(['{"unfinished', '[1,2]', '"text"', '42'])('says so once when the whole store is unreadable: %s', (text) => {
    expect(readArrangements(text)).toEqual({ arrangements: {}, notices: [{ kind: 'arrangement', value: STORAGE_KEY }] });
  });
});
