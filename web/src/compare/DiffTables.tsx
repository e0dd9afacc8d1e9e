/**
 * The numbers behind the pictures: per unit, tasks led and supported, partners, coordination
 * load and betweenness in each plan and the change (compare-plans.cypher); then the ties
 * that appear, disappear or change most (compare-pairs.cypher). A unit opens its trend.
 */
import type { Comparison, UnitDiffRow } from './compare-rows';
import type { CompareMessages } from './compare-messages';
import { CHANGE_COLOURS } from './change-palette';

const PAIRS_SHOWN = 25;
const signed = (n: number, digits = 0) => (n > 0 ? `+${n.toFixed(digits)}` : n.toFixed(digits));

interface Props {
  comparison: Comparison;
  t: CompareMessages;
  nameOf: (key: string) => string;
  trendLink: (key: string) => string | null;
}

export function DiffTables({ comparison, t, nameOf, trendLink }: Props) {
  const measures: Array<[string, (u: UnitDiffRow) => [number, number, number], number]> = [
    [t.led, (u) => [u.ledA, u.ledB, u.ledChange], 0],
    [t.supported, (u) => [u.supportedA, u.supportedB, u.supportedChange], 0],
    [t.partners, (u) => [u.partnersA, u.partnersB, u.partnersChange], 0],
    [t.load, (u) => [u.loadA, u.loadB, u.loadChange], 0],
    [t.betweenness, (u) => [u.betweennessA, u.betweennessB, u.betweennessChange], 3],
  ];
  return (
    <div className="diff-tables">
      <h3>{t.unitTable}</h3>
      <div className="table-scroll">
        <table className="diff-table" data-testid="unit-diff">
          <thead>
            <tr>
              <th rowSpan={2}>{t.unit}</th>
              <th rowSpan={2}>{t.change}</th>
              {measures.map(([name]) => (
                <th key={name} colSpan={3}>{name}</th>
              ))}
            </tr>
            <tr>
              {measures.map(([name]) => ['A', 'B', 'Δ'].map((s) => <th key={name + s}>{s}</th>))}
            </tr>
          </thead>
          <tbody>
            {comparison.units.map((u) => {
              const link = trendLink(u.key);
              return (
                <tr key={u.key} data-key={u.key} data-status={u.status}>
                  <td>{link ? <a href={link} title={t.trendOf}>{nameOf(u.key)}</a> : nameOf(u.key)}</td>
                  <td><span className="change-mark" style={{ background: CHANGE_COLOURS[u.status] }} />{t.status[u.status]}</td>
                  {measures.map(([name, get, digits]) => get(u).map((n, i) => <td key={name + i} className="number">{i === 2 ? signed(n, digits) : n.toFixed(digits)}</td>))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <h3>{t.pairTable}</h3>
      <div className="table-scroll">
        <table className="diff-table" data-testid="pair-diff">
          <thead>
            <tr>
              <th>{t.pairA}</th>
              <th>{t.pairB}</th>
              <th>{t.change}</th>
              <th>{`${t.shared} A`}</th>
              <th>{`${t.shared} B`}</th>
              <th>Δ</th>
            </tr>
          </thead>
          <tbody>
            {comparison.pairs.slice(0, PAIRS_SHOWN).map((p) => (
              <tr key={`${p.a}|${p.b}`} data-status={p.status}>
                <td>{nameOf(p.a)}</td>
                <td>{nameOf(p.b)}</td>
                <td><span className="change-mark" style={{ background: CHANGE_COLOURS[p.status] }} />{t.status[p.status]}</td>
                <td className="number">{p.sharedA}</td>
                <td className="number">{p.sharedB}</td>
                <td className="number">{signed(p.change)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
