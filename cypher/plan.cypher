// The whole of one plan as the web app draws it: the document, its sections, tasks with
// their texts, units with their metrics, assignments, projects with their mentions, and the
// data-quality findings. One row; lists are ordered as in the document.
// Parameters: $document — the document id.
// Returns: document (map), sections, tasks, units, assignments, projects, mentions, findings
// (lists of maps with the properties stored by load-plan.cypher; spans as line, paragraph,
// start, end).

MATCH (d:Document {id: $document})
CALL (d) {
  OPTIONAL MATCH (s:Section {document: d.id})
  WITH s ORDER BY s.number
  RETURN collect(s {.number, .title, .line, .paragraph, .start, .end}) AS sections
}
CALL (d) {
  OPTIONAL MATCH (t:Task {document: d.id})
  WITH t ORDER BY t.ordinal
  RETURN collect(t {.*}) AS tasks
}
CALL (d) {
  OPTIONAL MATCH (u:Unit {document: d.id})
  WITH u ORDER BY u.name
  RETURN collect(u {.name, .kind, .aliases, .fullName, .known, .ledTasks, .primaryLeads, .supportedTasks,
                    .partners, .coordinationLoad, .betweenness}) AS units
}
CALL (d) {
  OPTIONAL MATCH (u:Unit {document: d.id})-[r:LEADS|SUPPORTS]->(t:Task)
  WITH u, r, t ORDER BY t.ordinal, type(r), r.order
  RETURN collect({task: t.ordinal, unit: u.name, role: CASE type(r) WHEN 'LEADS' THEN 'lead' ELSE 'support' END,
                  order: r.order, surface: r.surface, line: r.line, paragraph: r.paragraph, start: r.start, end: r.end}) AS assignments
}
CALL (d) {
  OPTIONAL MATCH (p:Project {document: d.id})
  WITH p ORDER BY p.name
  RETURN collect(p {.name, .kind, .aliases}) AS projects
}
CALL (d) {
  OPTIONAL MATCH (t:Task {document: d.id})-[m:MENTIONS]->(p:Project)
  WITH t, m, p ORDER BY t.ordinal, m.start
  RETURN collect({task: t.ordinal, project: p.name, surface: m.surface, stage: m.stage, stageWords: m.stageWords,
                  line: m.line, paragraph: m.paragraph, start: m.start, end: m.end}) AS mentions
}
CALL (d) {
  OPTIONAL MATCH (f:Finding {document: d.id})
  OPTIONAL MATCH (f)-[:CONCERNS]->(t:Task)
  WITH f, t ORDER BY f.ordinal
  RETURN collect({code: f.code, severity: f.severity, message: f.message, line: f.line, task: t.ordinal}) AS findings
}
RETURN d {.*} AS document, sections, tasks, units, assignments, projects, mentions, findings;
