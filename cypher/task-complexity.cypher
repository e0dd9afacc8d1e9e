// Which tasks involve the most units?
// Parameters: $document — the document id; $limit — the most rows to return.
// Returns one row per task, most units first:
//   task        task number (null where unknown)
//   ordinal     position of the task in the document
//   headline    the task's headline, or the first 40 characters of its measures
//   units       distinct units assigned to the task, in any role
//   leads       of those, units that lead it
//   supports    units that support and do not lead it

MATCH (t:Task {document: $document})
OPTIONAL MATCH (u:Unit)-[:LEADS|SUPPORTS]->(t)
WITH t, count(DISTINCT u) AS units
OPTIONAL MATCH (l:Unit)-[:LEADS]->(t)
WITH t, units, count(DISTINCT l) AS leads
RETURN t.number AS task, t.ordinal AS ordinal,
       coalesce(t.headline, left(t.measures, 40)) AS headline,
       units, leads, units - leads AS supports
ORDER BY units DESC, ordinal
LIMIT $limit;
