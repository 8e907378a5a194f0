// Twelve weeks of counts as a small bar chart with the same figures in a table beside it: the
// chart for a glance, the table for exact numbers and for screen readers (the chart is one
// labelled image whose description gives the totals). Two series told apart by place, legend
// and pattern, not by colour alone; both meet 3:1 against white.
import { LitElement, css, html, svg } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { CountsSummary } from '../admin/admin-api.ts';

type Week = CountsSummary['weeks'][number];

const W = 640;
const H = 260;
const LEFT = 44;
const BOTTOM = 40;
const TOP = 12;

/** A round top for the scale: 1, 2 or 5 times a power of ten, at least 4. */
export function scaleTop(max: number): number {
  if (max <= 4) return 4;
  const power = 10 ** Math.floor(Math.log10(max));
  return [1, 2, 5, 10].map((m) => m * power).find((top) => top >= max) ?? 10 * power;
}

export const shortDate = (day: string) => {
  const [, m, d] = day.split('-');
  return `${Number(d)}/${Number(m)}`;
};

@customElement('counts-chart')
export class CountsChart extends LitElement {
  static override styles = css`
    :host {
      display: flex;
      flex-wrap: wrap;
      gap: var(--space-4);
      align-items: flex-start;
    }
    figure {
      margin: 0;
      flex: 1 1 420px;
      max-inline-size: 680px;
    }
    svg {
      inline-size: 100%;
      block-size: auto;
    }
    .axis {
      stroke: var(--colour-text);
      stroke-width: 1.5;
    }
    .grid {
      stroke: var(--nhs-pale-grey);
    }
    text {
      font-size: 13px;
      fill: var(--colour-text);
    }
    .review {
      fill: var(--nhs-blue);
    }
    .complaint {
      fill: url(#hatch);
      stroke: var(--nhs-dark-grey);
      stroke-width: 1.5;
    }
    .hatch-line {
      stroke: var(--nhs-dark-grey);
      stroke-width: 3;
    }
    .legend {
      display: flex;
      gap: var(--space-4);
      margin: var(--space-2) 0 0;
      padding: 0;
      list-style: none;
    }
    .legend svg {
      inline-size: 20px;
      block-size: 20px;
      vertical-align: middle;
      margin-inline-end: var(--space-1);
    }
    table {
      flex: 1 1 360px;
      border-collapse: collapse;
      font-size: 18px;
    }
    caption {
      text-align: start;
      font-weight: var(--font-weight-bold);
      margin-block-end: var(--space-2);
    }
    th,
    td {
      padding: 4px 10px;
      border-block-end: 1px solid var(--nhs-pale-grey);
      text-align: end;
    }
    th:first-child,
    td:first-child {
      text-align: start;
    }
  `;

  @property({ attribute: false }) weeks: readonly Week[] = [];

  override render() {
    const weeks = this.weeks;
    const review = (w: Week) => w.totals['qr-review'] ?? 0;
    const complaint = (w: Week) => w.totals['qr-complaint'] ?? 0;
    const top = scaleTop(Math.max(0, ...weeks.flatMap((w) => [review(w), complaint(w)])));
    const plotH = H - TOP - BOTTOM;
    const slot = (W - LEFT) / Math.max(1, weeks.length);
    const bar = slot * 0.36;
    const y = (n: number) => TOP + plotH - (n / top) * plotH;
    const sum = (f: (w: Week) => number) => weeks.reduce((n, w) => n + f(w), 0);
    const first = weeks[0]?.weekStart ?? '';
    const description = `From the week of ${shortDate(first)}: ${sum(review)} review codes and ${sum(complaint)} complaint codes shown in ${weeks.length} weeks. The table gives each week.`;
    return html`<figure>
        <svg viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="chart-title chart-desc">
          <title id="chart-title">Review and complaint codes shown, week by week</title>
          <desc id="chart-desc">${description}</desc>
          <defs>
            <pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="6" height="6" fill="#fff"></rect>
              <line class="hatch-line" x1="0" y1="0" x2="0" y2="6"></line>
            </pattern>
          </defs>
          ${[0, 0.5, 1].map((f) => svg`<line class="grid" x1=${LEFT} x2=${W} y1=${y(top * f)} y2=${y(top * f)}></line>
            <text x=${LEFT - 6} y=${y(top * f) + 4} text-anchor="end">${top * f}</text>`)}
          ${weeks.map((w, i) => {
            const x = LEFT + i * slot + slot * 0.12;
            return svg`<rect class="review" x=${x} y=${y(review(w))} width=${bar} height=${Math.max(0, TOP + plotH - y(review(w)))}></rect>
              <rect class="complaint" x=${x + bar} y=${y(complaint(w))} width=${bar} height=${Math.max(0, TOP + plotH - y(complaint(w)))}></rect>
              ${i % 2 === 0 ? svg`<text x=${x + bar} y=${H - BOTTOM + 18} text-anchor="middle">${shortDate(w.weekStart)}</text>` : ''}`;
          })}
          <line class="axis" x1=${LEFT} x2=${W} y1=${TOP + plotH} y2=${TOP + plotH}></line>
          <text x=${LEFT} y=${H - 4}>Week starting (Monday)</text>
        </svg>
        <ul class="legend" aria-hidden="true">
          <li><svg viewBox="0 0 20 20"><rect class="review" width="20" height="20"></rect></svg>Review codes</li>
          <li><svg viewBox="0 0 20 20"><rect class="complaint" width="20" height="20"></rect></svg>Complaint codes</li>
        </ul>
      </figure>
      <table>
        <caption>Each week</caption>
        <thead>
          <tr>
            <th scope="col">Week starting</th>
            <th scope="col">Review codes shown</th>
            <th scope="col">Complaint codes shown</th>
            <th scope="col">Contact codes shown</th>
            <th scope="col">Menu opened</th>
          </tr>
        </thead>
        <tbody>
          ${[...weeks].reverse().map(
            (w) => html`<tr>
              <th scope="row">${shortDate(w.weekStart)}</th>
              <td>${review(w)}</td>
              <td>${complaint(w)}</td>
              <td>${w.totals['qr-contact'] ?? 0}</td>
              <td>${w.totals['screen-menu'] ?? 0}</td>
            </tr>`,
          )}
        </tbody>
      </table>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'counts-chart': CountsChart;
  }
}
