// How did one unit's — or one function's — share of the work change over the years of a region?
// Parameters: $region, $level — the plans of that region and level (浙江, province);
// $by — 'identity' or 'function'; $key — the unit identity (province/浙江/省发展改革委, see
// compare-plans.cypher) or function id (development-and-reform).
// Returns one row per plan of the region and level, by year:
//   document, year
//   present         whether the key has a unit in the plan
//   names           its units there, as the plan names them (a renamed unit under its name of the year)
//   planTasks       task blocks of the plan, for shares
//   ledTasks, primaryLeads, supportedTasks, partners, coordinationLoad, betweenness — as in
//                   compare-plans.cypher, 0 where the key is absent

MATCH (d:Document {region: $region, level: $level})
CALL (d) {
  MATCH (u:Unit {document: d.id})
  WHERE CASE $by WHEN 'function' THEN coalesce(u.function, 'unit:' + u.name) ELSE u.identity END = $key
  WITH collect(u) AS units
  UNWIND CASE size(units) WHEN 0 THEN [null] ELSE units END AS u
  OPTIONAL MATCH (u)-[:LEADS|SUPPORTS]->(t:Task)
  WITH units, collect(DISTINCT t) AS tasks
  UNWIND CASE size(tasks) WHEN 0 THEN [null] ELSE tasks END AS t
  OPTIONAL MATCH (m:Unit)-[r:LEADS|SUPPORTS]->(t)
  WITH units, t, CASE $by WHEN 'function' THEN coalesce(m.function, 'unit:' + m.name) ELSE m.identity END AS k,
       max(CASE type(r) WHEN 'LEADS' THEN 1 ELSE 0 END) AS lead, min(CASE type(r) WHEN 'LEADS' THEN r.order END) AS leadOrder
  WITH units, t, collect(CASE WHEN k IS NULL THEN null ELSE {key: k, lead: lead, leadOrder: leadOrder} END) AS team
  WITH units, t, team, [m IN team WHERE m.key = $key][0] AS own
  WITH units,
       sum(coalesce(own.lead, 0)) AS ledTasks,
       sum(CASE own.leadOrder WHEN 1 THEN 1 ELSE 0 END) AS primaryLeads,
       sum(CASE WHEN own IS NULL THEN 0 ELSE 1 - own.lead END) AS supportedTasks,
       sum(CASE WHEN own IS NULL THEN 0 WHEN own.lead = 1 THEN size(team) - 1 ELSE size([m IN team WHERE m.lead = 1]) END) AS coordinationLoad,
       collect([m IN team WHERE m.key <> $key | m.key]) AS otherLists
  CALL (otherLists) {
    UNWIND otherLists AS others
    UNWIND others AS other
    RETURN count(DISTINCT other) AS partners
  }
  WITH units, ledTasks, primaryLeads, supportedTasks, partners, coordinationLoad,
       [u IN units | CASE $by WHEN 'function' THEN u.functionBetweenness ELSE u.identityBetweenness END] AS scores
  RETURN size(units) > 0 AS present, [u IN units | u.name] AS names,
         ledTasks, primaryLeads, supportedTasks, partners, coordinationLoad,
         reduce(best = 0.0, s IN scores | CASE WHEN s > best THEN s ELSE best END) AS betweenness
}
RETURN d.id AS document, d.year AS year, present, names, d.taskCount AS planTasks,
       ledTasks, primaryLeads, supportedTasks, partners, coordinationLoad, betweenness
ORDER BY year, document;
