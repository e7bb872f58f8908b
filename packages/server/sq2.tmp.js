const { db, t } = require('./sq.tmp.js');
const sql = process.argv[3]; const params = JSON.parse(process.argv[4] || '[]');
console.log(db.prepare('EXPLAIN QUERY PLAN ' + sql).all(...params).map(r => r.detail).join('\n'));
for (let i = 0; i < 3; i++) t('run', () => db.prepare(sql).all(...params));
