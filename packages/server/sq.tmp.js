const Database = require('better-sqlite3');
const db = new Database(process.argv[2], { readonly: true });
db.pragma('cache_size = -65536');
const t = (label, f) => { const s = performance.now(); const r = f(); console.log(label, (performance.now() - s).toFixed(1), 'ms', typeof r === 'object' && r && 'length' in r ? r.length + ' rows' : JSON.stringify(r)); return r; };
module.exports = { db, t };
if (require.main === module && !process.argv[3]) {
  const paths = t('paths', () => db.prepare(`SELECT o.path FROM organization_tally t JOIN organization o ON o.id = t.organizationId WHERE t.venuesFull = 0 AND t.venuesFourHaves > 0 AND o.kind IN ('PARTY_COMMITTEE','GENERAL_BRANCH','BRANCH') AND o.archivedAt IS NULL`).pluck().all());
  const chunk = paths.slice(0, 400);
  const where = chunk.map(() => '(k.path >= ? AND k.path < ?)').join(' OR ');
  const params = chunk.flatMap(p => [p, p.slice(0, -1) + '0']);
  const sql = `SELECT k.path, t.kept FROM organization_tally t JOIN organization k ON k.id = t.organizationId WHERE (${where}) AND t.kept > 0`;
  console.log(db.prepare('EXPLAIN QUERY PLAN ' + sql).all(...params).slice(0, 5).map(r => r.detail));
  t('400 ranges', () => db.prepare(sql).all(...params));
}
