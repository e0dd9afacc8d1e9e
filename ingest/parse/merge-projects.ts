/**
 * Mentions to projects: the same project named differently in two tasks (广州港南沙四期 /
 * 广州港南沙港区四期工程, 粤东城际“一环一射线” / 粤东城际铁路) becomes one project, so
 * that tasks sharing it show as depending on each other.
 */
import type { ProjectKind } from '../model';

/**
 * The comparison key of a project name: quoted nicknames (unless that is all of it), the
 * word 港区 and a trailing 工程/项目 dropped, long forms of line types shortened (高速铁路 → 高铁).
 */
export function projectKey(name: string): string {
  // A project known only by its nickname (“三馆合一”) keeps it: it is all the name there is.
  const unquoted = name.replace(/“[^”]*”/g, '');
  return (unquoted || name)
    .replace(/高速铁路/g, '高铁')
    .replace(/城际铁路/g, '城际')
    .replace(/高速公路/g, '高速')
    .replace(/港区/g, '')
    .replace(/(工程|项目)$/, '');
}

export interface MergedProject {
  key: string;
  name: string;
  kind: ProjectKind;
  aliases: string[];
}

/** The canonical name among aliases: no quoted nickname, then the fullest form. */
export function canonicalProjectName(aliases: readonly string[]): string {
  return [...aliases].sort((a, b) => Number(a.includes('“')) - Number(b.includes('“')) || b.length - a.length || a.localeCompare(b))[0]!;
}

export function mergeProjects(mentions: ReadonlyArray<{ name: string; kind: ProjectKind }>): Map<string, MergedProject> {
  const byKey = new Map<string, MergedProject>();
  for (const mention of mentions) {
    const key = projectKey(mention.name);
    const existing = byKey.get(key);
    if (existing) {
      if (!existing.aliases.includes(mention.name)) existing.aliases.push(mention.name);
    } else byKey.set(key, { key, name: mention.name, kind: mention.kind, aliases: [mention.name] });
  }
  for (const project of byKey.values()) {
    project.aliases.sort();
    project.name = canonicalProjectName(project.aliases);
  }
  return byKey;
}
