/**
 * A unit's identity across plans and its function across regions. Within one region and
 * level a unit keeps one identity over the years (`province/浙江/省经济和信息化厅` for 省经信委
 * in 2021 and 省经济和信息化厅 in 2022): spellings are already one canonical name in each plan,
 * renamings are followed to the latest name. Across regions and levels units are compared by
 * function. Pure: the dictionaries come in the context.
 */
import type { ParsedPlan, PlanDocument } from '../model';
import { defaultParseContext } from '../parse/parse-plan';
import type { UnitDictionary } from '../parse/unit-dictionary';
import { buildFunctionIndex, functionOf, type FunctionIndex, type FunctionsFile } from './unit-functions';
import { buildRenamingIndex, currentName, type RenamingIndex, type RenamingsFile, type Renaming } from './renamings';

export interface IdentityContext {
  dictionary: UnitDictionary;
  functions: FunctionIndex;
  renamings: RenamingIndex;
}

/** The shipped dictionaries, plus extension files of functions and renamings. */
export function identityContext(extensions: { functions?: readonly FunctionsFile[]; renamings?: readonly RenamingsFile[] } = {}): IdentityContext {
  const dictionary = defaultParseContext().dictionary;
  return {
    dictionary,
    functions: buildFunctionIndex(dictionary, extensions.functions),
    renamings: buildRenamingIndex(dictionary, extensions.renamings),
  };
}

export interface UnitIdentity {
  /** The unit's canonical name in this plan. */
  unit: string;
  /** Region-scoped id, the same for the unit in every year of the region: `province/浙江/省数据局`. */
  identity: string;
  /** The unit's latest name in the region (its name here unless it was renamed later). */
  identityName: string;
  /** Renamings that lead from this name to the latest one, oldest first. */
  renamings: Renaming[];
  /** Function id (development-and-reform …), or null when the functions file knows nothing of the unit. */
  function: string | null;
}

/**
 * Where identities are shared: one region at one level (`province/浙江`), the State Council's
 * plans together (`national`), or the document alone when its region is not known — a plan
 * without a region shares no unit with any other.
 */
export function identityScope(document: Pick<PlanDocument, 'id' | 'level' | 'region'>): string {
  if (document.level === 'national') return 'national';
  if (document.region === null) return `document/${document.id}`;
  return `${document.level ?? 'level-unknown'}/${document.region}`;
}

export function unitIdentities(plan: Pick<ParsedPlan, 'document' | 'units'>, context: IdentityContext): UnitIdentity[] {
  const scope = identityScope(plan.document);
  return plan.units.map((unit) => {
    const latest = currentName(unit.name, plan.document.region, context.renamings);
    // The function follows the latest name: a renamed department keeps its remit.
    const fn = functionOf(unit, context.functions, context.dictionary) ?? functionOf({ ...unit, name: latest.name }, context.functions, context.dictionary);
    return { unit: unit.name, identity: `${scope}/${latest.name}`, identityName: latest.name, renamings: latest.steps, function: fn };
  });
}

/** Units that map to no function: the report line after a plan is loaded. */
export function unitsWithoutFunction(identities: readonly UnitIdentity[]): string[] {
  return identities.filter((i) => i.function === null).map((i) => i.unit);
}
