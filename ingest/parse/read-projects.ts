/**
 * The projects a plan's tasks name, from their headlines and measures (never from a
 * division): mentions with the words around them, merged into projects across tasks, and
 * each task's list of projects in order of first mention.
 */
import type { Project, ProjectMention, SourceSpan } from '../model';
import type { Paragraph } from './split-paragraphs';
import type { TaskBlock } from './segment-plan';
import type { ProjectLexicon } from './project-lexicon';
import { extractProjectMentions, type RawProjectMention } from './extract-projects';
import { mergeProjects, projectKey } from './merge-projects';

export interface PlanProjects {
  mentions: ProjectMention[];
  projects: Project[];
  /** Canonical project names per task ordinal, in order of first mention. */
  byTask: Map<number, string[]>;
}

/** `numberOf(ordinal)` is the task's number, for the project's list of task numbers. */
export function readProjects(
  blocks: readonly TaskBlock[],
  normalised: string,
  lexicon: ProjectLexicon,
  numberOf: (ordinal: number) => number | null,
): PlanProjects {
  const raw: Array<RawProjectMention & { task: number; paragraph: Paragraph }> = [];
  for (const block of blocks) {
    for (const piece of [block.headline, ...block.measures]) {
      if (!piece) continue;
      for (const m of extractProjectMentions(normalised.slice(piece.start, piece.bodyEnd), piece.start, lexicon)) {
        raw.push({ name: m.name, kind: m.kind, start: m.start, end: m.end, stageWords: m.stageWords, stage: m.stage, task: block.ordinal, paragraph: piece.paragraph });
      }
    }
  }
  const merged = mergeProjects(raw);
  const mentions: ProjectMention[] = raw.map((m) => {
    const span: SourceSpan = { line: m.paragraph.line, paragraph: m.paragraph.index, start: m.start, end: m.end };
    return { task: m.task, project: merged.get(projectKey(m.name))!.name, surface: m.name, stageWords: m.stageWords, stage: m.stage, span };
  });
  const tasksOfProject = new Map<string, Set<number>>();
  const byTask = new Map<number, string[]>();
  for (const m of mentions) {
    if (!tasksOfProject.has(m.project)) tasksOfProject.set(m.project, new Set());
    tasksOfProject.get(m.project)!.add(m.task);
    const own = byTask.get(m.task) ?? [];
    if (!own.includes(m.project)) own.push(m.project);
    byTask.set(m.task, own);
  }
  const projects: Project[] = [...merged.values()].map((p) => {
    const ordinals = [...tasksOfProject.get(p.name)!].sort((a, b) => a - b);
    return { name: p.name, kind: p.kind, aliases: p.aliases, tasks: ordinals, taskNumbers: ordinals.map(numberOf) };
  });
  return { mentions, projects, byTask };
}
