import { buildQueue } from "./lib/srs/queue";
const T0 = Date.UTC(2027,0,4); const DAY=86400000; const n=100000;
const many: Record<string, unknown> = {}; const ids: string[] = [];
for (let i = 0; i < n; i++) { const id = `lambda-topic-question-${i}`; ids.push(id); if (i % 10) many[id] = [T0 + ((i * 7919) % 200 - 100) * DAY + i, 3, 5, 3, 2, 0, 2, T0 - 5*DAY, 0]; }
const cards = JSON.parse(JSON.stringify(many)); const ids2 = JSON.parse(JSON.stringify(ids));
const t = performance.now(); const q = buildQueue(ids2, cards, { now: T0, newLimit: 20 }); const t1 = performance.now();
buildQueue(ids2, cards, { now: T0, newLimit: 20 }); const t2 = performance.now();
console.log("cold", (t1 - t).toFixed(1), "warm", (t2 - t1).toFixed(1), q.due.length);
