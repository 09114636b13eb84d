import type { ReactNode } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, XAxis, YAxis } from 'recharts';
import type { ReportTable } from '#shared/reports/reportModel';
import type { ReportYearSide } from './reportUrl.ts';

/** The bars of one report table: this year and last year per row; a bar opens the records it counts. */
export function ReportChart({
  table,
  labelOf,
  years,
  title,
  onOpen,
}: Readonly<{
  table: ReportTable;
  labelOf: (key: string) => string;
  years: Readonly<{ current: string; previous: string }>;
  title: string;
  onOpen: (key: string, side: ReportYearSide) => void;
}>): ReactNode {
  const data = table.rows.map((row) => ({
    key: row.key,
    label: labelOf(row.key),
    current: row.current.value,
    previous: row.previous.value,
  }));
  const open = (side: ReportYearSide) => (_: unknown, index: number) => {
    const row = data[index];
    if (row !== undefined) onOpen(row.key, side);
  };
  return (
    <figure className="report-chart" aria-label={title} data-table={table.id}>
      <BarChart width={440} height={Math.max(180, 60 + data.length * 18)} data={data} layout="vertical">
        <CartesianGrid horizontal={false} />
        <XAxis type="number" allowDecimals={false} />
        <YAxis type="category" dataKey="label" width={150} />
        <Legend />
        <Bar
          dataKey="previous"
          name={years.previous}
          className="report-bar report-bar-previous"
          fill="#9aa5b1"
          isAnimationActive={false}
          onClick={open('previous')}
        />
        <Bar
          dataKey="current"
          name={years.current}
          className="report-bar report-bar-current"
          fill="#1f6feb"
          isAnimationActive={false}
          onClick={open('current')}
        />
      </BarChart>
    </figure>
  );
}
