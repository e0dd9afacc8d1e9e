// Writes one parsed plan. Runs in one transaction right after delete-plan.cypher: all or
// nothing. Every value is a parameter; rows come in UNWIND batches. A node's key is the pair
// (document id, name or number), never a string built from the two.
// Nothing of the document exists any more when these run, and graph-rows.ts sends each node
// and relationship once, so they are created, not merged: merging a relationship to the
// document node checked the tens of thousands it already had, for every row.
// Parameters: $documentId, $document (map), $sections, $tasks, $units, $leads, $supports,
// $projects, $mentions, $findings (lists of maps, built by ingest/load/graph-rows.ts).

CREATE (d:Document {id: $documentId})
SET d += $document;

UNWIND $sections AS row
MATCH (d:Document {id: $documentId})
CREATE (s:Section)-[:PART_OF]->(d)
SET s = row, s.document = $documentId;

UNWIND $tasks AS row
MATCH (d:Document {id: $documentId})
CREATE (t:Task)-[:PART_OF]->(d)
SET t = row, t.document = $documentId
WITH t, row
MATCH (s:Section {document: $documentId, number: row.sectionNumber})
CREATE (t)-[:IN_SECTION]->(s);

UNWIND $units AS row
MATCH (d:Document {id: $documentId})
CREATE (u:Unit)-[:PART_OF]->(d)
SET u = row, u.document = $documentId;

UNWIND $leads AS row
MATCH (u:Unit {document: $documentId, name: row.unit})
MATCH (t:Task {document: $documentId, ordinal: row.task})
CREATE (u)-[r:LEADS]->(t)
SET r = row.props;

UNWIND $supports AS row
MATCH (u:Unit {document: $documentId, name: row.unit})
MATCH (t:Task {document: $documentId, ordinal: row.task})
CREATE (u)-[r:SUPPORTS]->(t)
SET r = row.props;

UNWIND $projects AS row
MATCH (d:Document {id: $documentId})
CREATE (p:Project)-[:PART_OF]->(d)
SET p = row, p.document = $documentId;

UNWIND $mentions AS row
MATCH (t:Task {document: $documentId, ordinal: row.task})
MATCH (p:Project {document: $documentId, name: row.project})
CREATE (t)-[m:MENTIONS]->(p)
SET m = row.props;

UNWIND $findings AS row
MATCH (d:Document {id: $documentId})
CREATE (f:Finding)-[:PART_OF]->(d)
SET f = row.props, f.document = $documentId, f.ordinal = row.ordinal
WITH f, row
MATCH (t:Task {document: $documentId, ordinal: row.task})
CREATE (f)-[:CONCERNS]->(t);
