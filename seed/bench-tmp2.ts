import SQLite from 'better-sqlite3';
import { rmSync } from 'node:fs';
rmSync('/tmp/kb/r.db', { force: true });
const db = new SQLite('/tmp/kb/r.db');
db.pragma('journal_mode = WAL'); db.pragma('synchronous = NORMAL');
db.exec(`create table visit (reference varchar(20) primary key, prison_number varchar(7) not null, prison_code varchar(3) not null, session_template_id integer not null, session_date varchar(10) not null, start_time varchar(5), end_time varchar(5), restriction varchar(6), status varchar(10), booked_at varchar(30));
create index a on visit(prison_number, session_date); create index b on visit(prison_code, session_date, session_template_id);`);
const n = 100_000;
const cols = 10;
const sqlText = 'insert into visit values ' + Array.from({ length: 500 }, () => '(' + Array(cols).fill('?').join(',') + ')').join(',');
let t = Date.now();
db.exec('begin');
for (let b = 0; b < n; b += 500) {
  const params: unknown[] = [];
  for (let i = b; i < b + 500; i++) params.push('r' + ((i * 7919) % 1000003), 'A1234BC', 'LEI', 1, '2026-01-01', '09:00', '11:00', 'OPEN', 'BOOKED', '2026-01-01T00:00:00.000Z');
  db.prepare(sqlText).run(...params);
}
db.exec('commit');
console.log('raw prepare-each rows/s', Math.round(n / ((Date.now() - t) / 1000)));
