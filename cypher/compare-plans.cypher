// How did the division of labour change from one plan to another?
// Units are matched by identity (`$by = 'identity'`: the same unit of one region over the
// years, renamings followed — ingest/dictionaries/renamings.json) or by function
// (`$by = 'function'`: development and reform, finance … — ingest/dictionaries/unit-functions.json;
// for plans of different regions or levels). Units of one key in one plan count as one: in a
// task the key leads when any of its units leads. A unit with no known function is its own key
// `unit:<name>`.
// Parameters: $documentA, $documentB — the two document ids (A the earlier or reference plan);
// $by — 'identity' or 'function'; $limit — the most rows to return.
// Returns one row per key present in either plan, largest change of coordination load first:
//   key              the identity (province/浙江/省发展改革委) or function id
//   namesA, namesB   the units of the key in each plan, as each plan names them
//   status           new (only in B), dropped (only in A), grown / shrunk (coordination load
//                    up / down), same
//   ledA, ledB, ledChange              tasks in which the key leads
//   primaryA, primaryB                 tasks in which it is the first-named lead
//   supportedA, supportedB, supportedChange  tasks in which it supports and does not lead
//   partnersA, partnersB, partnersChange     distinct other keys sharing a task with it
//   loadA, loadB, loadChange   coordination load: in each task it leads, one per other key of
//                    the task; in each task it supports, one per leading key
//   betweennessA, betweennessB, betweennessChange  normalised betweenness of the key on the plan's
//                    co-ownership network joined by keys (computed at load, see bottlenecks.cypher)
// A key absent from a plan has 0 everywhere in that plan.

UNWIND [$documentA, $documentB] AS document
MATCH (u:Unit {document: document})-[r:LEADS|SUPPORTS]->(t:Task)
WITH document, t, u, r,
     CASE $by WHEN 'function' THEN coalesce(u.function, 'unit:' + u.name) ELSE u.identity END AS key
WITH document, t, key,
     max(CASE type(r) WHEN 'LEADS' THEN 1 ELSE 0 END) AS lead,
     min(CASE type(r) WHEN 'LEADS' THEN r.order END) AS leadOrder,
     collect(DISTINCT u.name) AS names,
     max(CASE $by WHEN 'function' THEN u.functionBetweenness ELSE u.identityBetweenness END) AS betweenness
WITH document, t, collect({key: key, lead: lead, leadOrder: leadOrder, names: names, betweenness: betweenness}) AS team
WITH document, team, size([m IN team WHERE m.lead = 1]) AS leadCount
UNWIND team AS m
WITH document, m.key AS key, m.lead AS lead, m.leadOrder AS leadOrder, m.names AS names, m.betweenness AS betweenness,
     CASE m.lead WHEN 1 THEN size(team) - 1 ELSE leadCount END AS load,
     [o IN team WHERE o.key <> m.key | o.key] AS others
WITH document, key, sum(lead) AS led, sum(CASE leadOrder WHEN 1 THEN 1 ELSE 0 END) AS primary,
     sum(1 - lead) AS supported, sum(load) AS load, max(betweenness) AS betweenness,
     collect(names) AS nameLists, collect(others) AS otherLists
CALL (otherLists) {
  UNWIND otherLists AS others
  UNWIND others AS other
  RETURN count(DISTINCT other) AS partners
}
CALL (nameLists) {
  UNWIND nameLists AS names
  UNWIND names AS name
  WITH DISTINCT name ORDER BY name
  RETURN collect(name) AS names
}
WITH key, collect({document: document, names: names, led: led, primary: primary, supported: supported,
                   partners: partners, load: load, betweenness: betweenness}) AS sides
WITH key, [s IN sides WHERE s.document = $documentA][0] AS a, [s IN sides WHERE s.document = $documentB][0] AS b
WITH key, a, b,
     coalesce(a.led, 0) AS ledA, coalesce(b.led, 0) AS ledB,
     coalesce(a.supported, 0) AS supportedA, coalesce(b.supported, 0) AS supportedB,
     coalesce(a.partners, 0) AS partnersA, coalesce(b.partners, 0) AS partnersB,
     coalesce(a.load, 0) AS loadA, coalesce(b.load, 0) AS loadB,
     coalesce(a.betweenness, 0.0) AS betweennessA, coalesce(b.betweenness, 0.0) AS betweennessB
RETURN key, coalesce(a.names, []) AS namesA, coalesce(b.names, []) AS namesB,
       CASE WHEN a IS NULL THEN 'new' WHEN b IS NULL THEN 'dropped'
            WHEN loadB > loadA THEN 'grown' WHEN loadB < loadA THEN 'shrunk' ELSE 'same' END AS status,
       ledA, ledB, ledB - ledA AS ledChange,
       coalesce(a.primary, 0) AS primaryA, coalesce(b.primary, 0) AS primaryB,
       supportedA, supportedB, supportedB - supportedA AS supportedChange,
       partnersA, partnersB, partnersB - partnersA AS partnersChange,
       loadA, loadB, loadB - loadA AS loadChange,
       betweennessA, betweennessB, betweennessB - betweennessA AS betweennessChange
ORDER BY abs(loadB - loadA) DESC, abs(ledB - ledA) DESC, key
LIMIT $limit;
