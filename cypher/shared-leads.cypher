// Which tasks are tied together because the same unit leads both?
// Parameters: $document — the document id; $limit — the most rows to return.
// Returns one row per pair of tasks, most shared leads first:
//   task1, task2          task numbers (null where unknown); ordinal1 < ordinal2
//   ordinal1, ordinal2    positions of the tasks in the document
//   leads                 names of the units that lead both tasks
//   shared                how many lead units they share

MATCH (t1:Task {document: $document})<-[:LEADS]-(u:Unit)-[:LEADS]->(t2:Task)
WHERE t1.ordinal < t2.ordinal
WITH t1, t2, u
ORDER BY u.name
WITH t1, t2, collect(u.name) AS leads
RETURN t1.number AS task1, t2.number AS task2, t1.ordinal AS ordinal1, t2.ordinal AS ordinal2,
       leads, size(leads) AS shared
ORDER BY shared DESC, ordinal1, ordinal2
LIMIT $limit;
