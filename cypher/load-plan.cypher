// Writes one parsed plan. Runs in one transaction after delete-plan.cypher: all or nothing.
// Every value is a parameter; rows come in UNWIND batches. Nodes are merged on their key,
// the pair (document id, name or number), never on a string built from the two.
// Parameters: $documentId, $document (map), $sections, $tasks, $units, $leads, $supports,
// $projects, $mentions, $findings (lists of maps, built by ingest/load/graph-rows.ts).

MERGE (d:Document {id: $documentId})
SET d += $document;

UNWIND $sections AS row
MATCH (d:Document {id: $documentId})
MERGE (s:Section {document: $documentId, number: row.number})
SET s += row
MERGE (s)-[:PART_OF]->(d);

UNWIND $tasks AS row
MATCH (d:Document {id: $documentId})
MERGE (t:Task {document: $documentId, ordinal: row.ordinal})
SET t += row
MERGE (t)-[:PART_OF]->(d)
WITH t, row
MATCH (s:Section {document: $documentId, number: row.sectionNumber})
MERGE (t)-[:IN_SECTION]->(s);

UNWIND $units AS row
MATCH (d:Document {id: $documentId})
MERGE (u:Unit {document: $documentId, name: row.name})
SET u += row
MERGE (u)-[:PART_OF]->(d);

UNWIND $leads AS row
MATCH (u:Unit {document: $documentId, name: row.unit})
MATCH (t:Task {document: $documentId, ordinal: row.task})
MERGE (u)-[r:LEADS]->(t)
SET r += row.props;

UNWIND $supports AS row
MATCH (u:Unit {document: $documentId, name: row.unit})
MATCH (t:Task {document: $documentId, ordinal: row.task})
MERGE (u)-[r:SUPPORTS]->(t)
SET r += row.props;

UNWIND $projects AS row
MATCH (d:Document {id: $documentId})
MERGE (p:Project {document: $documentId, name: row.name})
SET p += row
MERGE (p)-[:PART_OF]->(d);

UNWIND $mentions AS row
MATCH (t:Task {document: $documentId, ordinal: row.task})
MATCH (p:Project {document: $documentId, name: row.project})
MERGE (t)-[m:MENTIONS {start: row.props.start}]->(p)
SET m += row.props;

UNWIND $findings AS row
MATCH (d:Document {id: $documentId})
MERGE (f:Finding {document: $documentId, ordinal: row.ordinal})
SET f += row.props
MERGE (f)-[:PART_OF]->(d)
WITH f, row
MATCH (t:Task {document: $documentId, ordinal: row.task})
MERGE (f)-[:CONCERNS]->(t);
