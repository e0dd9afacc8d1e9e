// Which tasks depend on each other because they name the same project?
// Both tasks' units have to coordinate on a project they share.
// Parameters: $document — the document id.
// Returns one row per pair of tasks, most shared projects first:
//   task1, task2          task numbers (null where unknown); ordinal1 < ordinal2
//   ordinal1, ordinal2    positions of the tasks in the document
//   projects              names of the shared projects
//   shared                how many projects they share

MATCH (t1:Task {document: $document})-[:MENTIONS]->(p:Project)<-[:MENTIONS]-(t2:Task)
WHERE t1.ordinal < t2.ordinal
WITH t1, t2, p
ORDER BY p.name
WITH t1, t2, collect(DISTINCT p.name) AS projects
RETURN t1.number AS task1, t2.number AS task2, t1.ordinal AS ordinal1, t2.ordinal AS ordinal2,
       projects, size(projects) AS shared
ORDER BY shared DESC, ordinal1, ordinal2;
