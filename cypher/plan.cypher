// The whole of one plan as the web app draws it: the document, its sections, tasks with
// their texts, units with their metrics, assignments, projects with their mentions, and the
// data-quality findings. One row; lists are ordered as in the document.
// Parameters: $document — the document id.
// Returns: document (map), sections, tasks, units, assignments, projects, mentions, findings
// (lists of maps with the properties stored by load-plan.cypher; spans as line, paragraph,
// start, end; a finding's own span as span_line … span_end). A lead, support or mention
// stores its surface only when it differs from the unit's or project's name, and its line
// and paragraph only when they differ from those of the task's division (measures for a
// mention): they are read back from there. Units and projects come in
// the order the parser listed them (their ordinal), so the plan read back equals the plan
// loaded (ingest/load/stored-plan.ts). Each list is collected from a MATCH, not an OPTIONAL
// MATCH: a plan with no assignment gets an empty list, not one row of nulls.

MATCH (d:Document {id: $document})
CALL (d) {
  MATCH (s:Section {document: d.id})
  WITH s ORDER BY s.number
  RETURN collect(s {.number, .title, .line, .paragraph, .start, .end}) AS sections
}
CALL (d) {
  MATCH (t:Task {document: d.id})
  WITH t ORDER BY t.ordinal
  RETURN collect(t {.*}) AS tasks
}
CALL (d) {
  MATCH (u:Unit {document: d.id})
  WITH u ORDER BY u.ordinal
  RETURN collect(u {.ordinal, .name, .kind, .aliases, .fullName, .known, .ledTasks, .primaryLeads, .supportedTasks,
                    .partners, .coordinationLoad, .betweenness}) AS units
}
CALL (d) {
  MATCH (u:Unit {document: d.id})-[r:LEADS|SUPPORTS]->(t:Task)
  WITH u, r, t ORDER BY t.ordinal, type(r), r.order
  RETURN collect({task: t.ordinal, unit: u.name, role: CASE type(r) WHEN 'LEADS' THEN 'lead' ELSE 'support' END,
                  order: r.order, surface: coalesce(r.surface, u.name),
                  line: CASE WHEN r.start IS NULL THEN null ELSE coalesce(r.line, t.division_line) END,
                  paragraph: CASE WHEN r.start IS NULL THEN null ELSE coalesce(r.paragraph, t.division_paragraph) END,
                  start: r.start, end: r.end}) AS assignments
}
CALL (d) {
  MATCH (p:Project {document: d.id})
  WITH p ORDER BY p.ordinal
  RETURN collect(p {.ordinal, .name, .kind, .aliases}) AS projects
}
CALL (d) {
  MATCH (t:Task {document: d.id})-[m:MENTIONS]->(p:Project)
  WITH t, m, p ORDER BY t.ordinal, m.start
  RETURN collect({task: t.ordinal, project: p.name, surface: coalesce(m.surface, p.name), stage: m.stage, stageWords: m.stageWords,
                  line: CASE WHEN m.start IS NULL THEN null ELSE coalesce(m.line, t.measures_line) END,
                  paragraph: CASE WHEN m.start IS NULL THEN null ELSE coalesce(m.paragraph, t.measures_paragraph) END,
                  start: m.start, end: m.end}) AS mentions
}
CALL (d) {
  MATCH (f:Finding {document: d.id})
  OPTIONAL MATCH (f)-[:CONCERNS]->(t:Task)
  WITH f, t ORDER BY f.ordinal
  RETURN collect({code: f.code, severity: f.severity, message: f.message, line: f.line, task: t.ordinal,
                  span_line: f.span_line, span_paragraph: f.span_paragraph, span_start: f.span_start, span_end: f.span_end}) AS findings
}
RETURN d {.*} AS document, sections, tasks, units, assignments, projects, mentions, findings;
