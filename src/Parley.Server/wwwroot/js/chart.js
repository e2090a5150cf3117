// The time series: the store's counts per period, cooperation and conflict drawn apart (uPlot).
import { uPlot } from '../vendor/vendor.js';

let plot = null;
const COOPERATION = '#1f6fb5', CONFLICT = '#c8372d';

// rows: stats rows grouped by quad; returns the totals per period.
export function perPeriod(rows) {
  const periods = new Map();
  for (const r of rows) {
    const p = periods.get(r.period) ?? { cooperation: 0, conflict: 0, events: 0, goldsteinSum: 0 };
    p.cooperation += r.verbalCooperation + r.materialCooperation;
    p.conflict += r.verbalConflict + r.materialConflict;
    p.events += r.events;
    p.goldsteinSum += r.goldsteinSum;
    periods.set(r.period, p);
  }
  return [...periods.entries()].sort(([a], [b]) => a.localeCompare(b));
}

// Without a date filter, a few events dated long before or after the rest (a historical
// reference, a planned event) would stretch the axis over a century: the series is cut to the
// periods holding all but the outermost half percent of the events at each end.
export function trim(series, share = 0.005) {
  const total = series.reduce((n, [, p]) => n + p.events, 0);
  if (series.length < 3 || total < 200) return { shown: series, hidden: 0 };
  let first = 0, last = series.length - 1, before = 0, after = 0;
  while (first < last && before + series[first][1].events <= total * share) before += series[first++][1].events;
  while (last > first && after + series[last][1].events <= total * share) after += series[last--][1].events;
  return { shown: series.slice(first, last + 1), hidden: before + after };
}

export function drawChart(container, series) {
  const x = series.map(([period]) => Date.parse(period + 'T00:00:00Z') / 1000);
  const data = [x, series.map(([, p]) => p.cooperation), series.map(([, p]) => p.conflict)];
  const width = Math.max(280, container.clientWidth);
  const options = {
    width, height: 240,
    legend: { show: true, live: true },
    cursor: { drag: { x: false, y: false } },
    scales: { x: { time: true } },
    axes: [{ stroke: '#555', grid: { stroke: '#eee' } }, { stroke: '#555', grid: { stroke: '#eee' }, size: 48 }],
    series: [
      { label: 'period' },
      { label: 'cooperation', stroke: COOPERATION, fill: 'rgba(31,111,181,0.12)', width: 2, points: { show: series.length < 60 } },
      { label: 'conflict', stroke: CONFLICT, fill: 'rgba(200,55,45,0.12)', width: 2, points: { show: series.length < 60 } },
    ],
  };
  plot?.destroy();
  container.replaceChildren();
  plot = series.length ? new uPlot(options, data, container) : null;
  if (!series.length) container.textContent = 'No dated events in this view.';
}

export function resizeChart(container) {
  if (plot) plot.setSize({ width: Math.max(280, container.clientWidth), height: 240 });
}
