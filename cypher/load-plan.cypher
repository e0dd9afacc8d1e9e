// Writes one parsed plan. Runs in one transaction after delete-plan.cypher: all or nothing.
// Every value is a parameter; rows come in UNWIND batches, nodes are merged on their keys.
// Parameters: $document (map), $sections, $tasks, $units, $leads, $supports, $projects,
// $mentions, $findings (lists of maps, built by ingest/load/graph-rows.ts).

MERGE (d:Document {id: $document.id})
SET d += $document;

UNWIND $sections AS row
MATCH (d:Document {id: $document.id})
MERGE (s:Section {key: row.key})
SET s += row, s.document = $document.id
MERGE (s)-[:PART_OF]->(d);

UNWIND $tasks AS row
MATCH (d:Document {id: $document.id})
MERGE (t:Task {key: row.key})
SET t += row, t.document = $document.id
MERGE (t)-[:PART_OF]->(d)
WITH t, row
MATCH (s:Section {key: row.section})
MERGE (t)-[:IN_SECTION]->(s);

UNWIND $units AS row
MATCH (d:Document {id: $document.id})
MERGE (u:Unit {key: row.key})
SET u += row, u.document = $document.id
MERGE (u)-[:PART_OF]->(d);

UNWIND $leads AS row
MATCH (u:Unit {key: row.unit})
MATCH (t:Task {key: row.task})
MERGE (u)-[r:LEADS]->(t)
SET r += row.props;

UNWIND $supports AS row
MATCH (u:Unit {key: row.unit})
MATCH (t:Task {key: row.task})
MERGE (u)-[r:SUPPORTS]->(t)
SET r += row.props;

UNWIND $projects AS row
MATCH (d:Document {id: $document.id})
MERGE (p:Project {key: row.key})
SET p += row, p.document = $document.id
MERGE (p)-[:PART_OF]->(d);

UNWIND $mentions AS row
MATCH (t:Task {key: row.task})
MATCH (p:Project {key: row.project})
MERGE (t)-[m:MENTIONS {start: row.props.start}]->(p)
SET m += row.props;

UNWIND $findings AS row
MATCH (d:Document {id: $document.id})
MERGE (f:Finding {key: row.key})
SET f += row.props, f.document = $document.id
MERGE (f)-[:PART_OF]->(d)
WITH f, row
MATCH (t:Task {key: row.task})
MERGE (f)-[:CONCERNS]->(t);
