// Charts drawn as inline SVG from the progress answer: nothing to download, crisp at any width, readable by
// screen readers through role="img" + aria-label, with a <title> tooltip on every mark.
import { svg } from './dom.js';
import { formatDate } from './time.js';

const WIDTH = 300;

function chart(height, label, ...children) {
  return svg('svg', {
    viewBox: `0 0 ${WIDTH} ${height}`, role: 'img', 'aria-label': label, class: 'chart', preserveAspectRatio: 'none',
  }, ...children);
}

/** One square per day, filled when any set was logged: the streak made visible. */
export function activityStrip(days) {
  const step = WIDTH / Math.max(days.length, 1);
  const active = days.filter((d) => d.setsDone > 0).length;
  return chart(24, `Active on ${active} of the last ${days.length} days`,
    days.map((d, i) => svg('rect', {
      x: (i * step + 1).toFixed(2), y: 2, width: (step - 2).toFixed(2), height: 20, rx: 2,
      class: d.setsDone > 0 ? 'mark on' : 'mark off',
    }, svg('title', {}, `${formatDate(d.date)}: ${d.setsDone} ${d.setsDone === 1 ? 'set' : 'sets'}`))));
}

/** A bar per day, 0..100 % of the day's prescription credited; a dashed line at 100 %. */
export function barChart(values, { label, height = 110, titles }) {
  const top = 8;
  const plot = height - top - 2;
  const step = WIDTH / Math.max(values.length, 1);
  const y = (pct) => top + plot - (Math.min(100, Math.max(0, pct)) / 100) * plot;
  return chart(height, label,
    svg('line', { x1: 0, x2: WIDTH, y1: y(100), y2: y(100), class: 'goal' }),
    svg('line', { x1: 0, x2: WIDTH, y1: y(0) + 0.5, y2: y(0) + 0.5, class: 'axis' }),
    values.map((pct, i) => {
      const barHeight = Math.max(pct > 0 ? 1.5 : 0, y(0) - y(pct));
      return svg('rect', {
        x: (i * step + step * 0.15).toFixed(2), y: (y(0) - barHeight).toFixed(2),
        width: (step * 0.7).toFixed(2), height: barHeight.toFixed(2), class: pct >= 100 ? 'bar full' : 'bar',
      }, svg('title', {}, titles[i]));
    }));
}
