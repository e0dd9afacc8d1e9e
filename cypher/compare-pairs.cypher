// Which ties between units appear, disappear or change most from one plan to another?
// Two keys (unit identities, or functions — see compare-plans.cypher) are tied in a plan by
// the tasks both are assigned to, in any role; units of one key count once per task.
// Parameters: $documentA, $documentB — the two document ids; $by — 'identity' or 'function';
// $limit — the most rows to return.
// Returns one row per pair of keys tied in either plan, largest change first:
//   a, b             the two keys, a before b in code-point order
//   sharedA, sharedB tasks the two share in each plan (0 when not tied there)
//   change           sharedB − sharedA
//   status           appeared (tied only in B), disappeared (only in A), grown, shrunk, same

UNWIND [$documentA, $documentB] AS document
MATCH (u:Unit {document: document})-[:LEADS|SUPPORTS]->(t:Task)
WITH document, t, collect(DISTINCT CASE $by WHEN 'function' THEN coalesce(u.function, 'unit:' + u.name) ELSE u.identity END) AS keys
UNWIND keys AS a
UNWIND keys AS b
WITH document, a, b
WHERE a < b
WITH a, b, sum(CASE document WHEN $documentA THEN 1 ELSE 0 END) AS sharedA, sum(CASE document WHEN $documentB THEN 1 ELSE 0 END) AS sharedB
RETURN a, b, sharedA, sharedB, sharedB - sharedA AS change,
       CASE WHEN sharedA = 0 THEN 'appeared' WHEN sharedB = 0 THEN 'disappeared'
            WHEN sharedB > sharedA THEN 'grown' WHEN sharedB < sharedA THEN 'shrunk' ELSE 'same' END AS status
ORDER BY abs(sharedB - sharedA) DESC, a, b
LIMIT $limit;
