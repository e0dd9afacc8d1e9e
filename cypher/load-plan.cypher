// Writes one parsed plan. Runs in one transaction right after delete-plan.cypher: all or
// nothing. Every value is a parameter; rows are built by ingest/load/load-batches.ts.
// Nothing of the document exists any more when these run, and each node and relationship
// is sent once, so they are created, never merged. No statement looks a node up by its
// properties: the first returns the element ids of the nodes the tasks point at, and the
// task batches find those nodes by id (an index seek inside a transaction that has deleted
// the document's previous version costs time in proportion to what it deleted).
//
// 1. The document with its sections, units and projects (a few hundred nodes at most), and
//    the findings that concern no task. Parameters: $documentId, $document (map),
//    $sections, $units, $projects, $looseFindings (lists of property maps).
//    Returns: document, sections, units, projects — element ids, in the order of the lists.
// 2. One batch of tasks, each with its relationships. Parameters: $document, $sections,
//    $units, $projects (element ids from 1), $tasks: maps {props, section, leads, supports,
//    mentions, findings}; section is an index into $sections or null; a lead or support is
//    [unit index, order, surface, line, paragraph, start, end], a mention [project index,
//    surface, stage, stageWords, line, paragraph, start, end] (lists, not maps: a plan of
//    90,000 assignments sent half a million map keys); a finding is its property map.
//    The surface is null when it is the unit's or project's name, line and paragraph when
//    they are the task's division (measures) paragraph: a null is no property, and
//    plan.cypher reads them back from the node that holds them.
// 3. What is computed from the whole plan rather than read off it, sent last so that Node
//    computes it while the database writes the tasks: the plan hash on the document, and
//    each unit's workload metrics. Parameters: $document, $units (element ids from 1),
//    $planHash, $unitMetrics (property maps, in the order of $units).

CREATE (d:Document)
SET d = $document
WITH d
CALL (d) {
  UNWIND range(0, size($sections) - 1) AS i
  CREATE (s:Section)-[:PART_OF]->(d)
  SET s = $sections[i]
  WITH i, s ORDER BY i
  RETURN collect(elementId(s)) AS sections
}
CALL (d) {
  UNWIND range(0, size($units) - 1) AS i
  CREATE (u:Unit)-[:PART_OF]->(d)
  SET u = $units[i]
  WITH i, u ORDER BY i
  RETURN collect(elementId(u)) AS units
}
CALL (d) {
  UNWIND range(0, size($projects) - 1) AS i
  CREATE (p:Project)-[:PART_OF]->(d)
  SET p = $projects[i]
  WITH i, p ORDER BY i
  RETURN collect(elementId(p)) AS projects
}
CALL (d) {
  UNWIND $looseFindings AS row
  CREATE (f:Finding)-[:PART_OF]->(d)
  SET f = row
}
RETURN elementId(d) AS document, sections, units, projects;

MATCH (d:Document) WHERE elementId(d) = $document
CALL () {
  UNWIND range(0, size($sections) - 1) AS i
  MATCH (s:Section) WHERE elementId(s) = $sections[i]
  WITH i, s ORDER BY i
  RETURN collect(s) AS sections
}
CALL () {
  UNWIND range(0, size($units) - 1) AS i
  MATCH (u:Unit) WHERE elementId(u) = $units[i]
  WITH i, u ORDER BY i
  RETURN collect(u) AS units
}
CALL () {
  UNWIND range(0, size($projects) - 1) AS i
  MATCH (p:Project) WHERE elementId(p) = $projects[i]
  WITH i, p ORDER BY i
  RETURN collect(p) AS projects
}
UNWIND $tasks AS row
CREATE (t:Task)-[:PART_OF]->(d)
SET t = row.props
WITH d, t, row, sections, units, projects
CALL (t, row, sections) {
  WITH sections[row.section] AS s
  WHERE s IS NOT NULL
  CREATE (t)-[:IN_SECTION]->(s)
}
CALL (t, row, units) {
  UNWIND row.leads AS a
  WITH t, a, units[a[0]] AS u
  CREATE (u)-[r:LEADS]->(t)
  SET r.order = a[1], r.surface = a[2], r.line = a[3], r.paragraph = a[4], r.start = a[5], r.end = a[6]
}
CALL (t, row, units) {
  UNWIND row.supports AS a
  WITH t, a, units[a[0]] AS u
  CREATE (u)-[r:SUPPORTS]->(t)
  SET r.order = a[1], r.surface = a[2], r.line = a[3], r.paragraph = a[4], r.start = a[5], r.end = a[6]
}
CALL (t, row, projects) {
  UNWIND row.mentions AS m
  WITH t, m, projects[m[0]] AS p
  CREATE (t)-[r:MENTIONS]->(p)
  SET r.surface = m[1], r.stage = m[2], r.stageWords = m[3], r.line = m[4], r.paragraph = m[5], r.start = m[6], r.end = m[7]
}
CALL (d, t, row) {
  UNWIND row.findings AS props
  CREATE (f:Finding)-[:PART_OF]->(d)
  SET f = props
  CREATE (f)-[:CONCERNS]->(t)
};

MATCH (d:Document) WHERE elementId(d) = $document
SET d.planHash = $planHash
WITH d
UNWIND range(0, size($units) - 1) AS i
MATCH (u:Unit) WHERE elementId(u) = $units[i]
SET u += $unitMetrics[i];
