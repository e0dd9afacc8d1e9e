// Which plans are in the database?
// Parameters: none.
// Returns one row per document, by year then id:
//   id, title, region, year, sourceFile
//   tasks        task blocks of the plan
//   units        units named in its divisions
//   assignments  lead and support relationships
//   projects     named projects

MATCH (d:Document)
CALL (d) {
  OPTIONAL MATCH (t:Task {document: d.id})
  RETURN count(t) AS tasks
}
CALL (d) {
  OPTIONAL MATCH (u:Unit {document: d.id})
  RETURN count(u) AS units
}
CALL (d) {
  OPTIONAL MATCH (:Unit {document: d.id})-[r:LEADS|SUPPORTS]->(:Task)
  RETURN count(r) AS assignments
}
CALL (d) {
  OPTIONAL MATCH (p:Project {document: d.id})
  RETURN count(p) AS projects
}
RETURN d.id AS id, d.title AS title, d.region AS region, d.year AS year, d.sourceFile AS sourceFile,
       tasks, units, assignments, projects
ORDER BY year, id;
