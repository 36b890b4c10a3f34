/** worksheet.charts: charts with their series, title, value axis and position. */
import { quoteSheetName, rectAddress, type Rect } from "./address";
import { cellAt } from "./cells";
import { color } from "./format";
import { ErrorCodes, fail } from "./errors";
import type { ChartModel, ChartSeriesModel, SheetModel } from "./model";
import { otherRect, type Range, type RangeTarget } from "./range";
import { ClientCollection, ClientObject, type ClientResult, type Exec, type Props } from "./runtime";

export const CHART_TYPES = [
  "ColumnClustered", "ColumnStacked", "ColumnStacked100", "BarClustered", "BarStacked", "BarStacked100",
  "Line", "LineStacked", "LineStacked100", "LineMarkers", "LineMarkersStacked", "Pie", "PieExploded", "Doughnut",
  "Area", "AreaStacked", "AreaStacked100", "XYScatter", "XYScatterLines", "XYScatterSmooth", "Radar", "Histogram",
  "Waterfall", "Treemap", "Combo",
];

interface ChartTarget {
  sheet: SheetModel;
  chart: ChartModel;
}

function live(t: ChartTarget): ChartTarget {
  if (!t.sheet.charts.includes(t.chart)) fail(ErrorCodes.itemNotFound, `The chart ${t.chart.name} no longer exists.`);
  return t;
}

const address = (sheet: SheetModel, r: Rect) => `${quoteSheetName(sheet.name)}!${rectAddress(r)}`;

const isText = (sheet: SheetModel, r: number, c: number) => {
  const v = cellAt(sheet, r, c)?.value;
  return typeof v === "string";
};

/**
 * Series from a source range, in a simplified form of Excel's guess: series in columns (or rows); a first row
 * (column) of text gives the series names, a first column (row) of text gives the categories.
 */
export function seriesFrom(src: RangeTarget, seriesBy: string): { by: string; series: ChartSeriesModel[] } {
  const { sheet, rect } = src;
  const rows = rect.bottom - rect.top + 1;
  const cols = rect.right - rect.left + 1;
  const by = seriesBy === "Columns" || seriesBy === "Rows" ? seriesBy : rows >= cols ? "Columns" : "Rows";
  // Work in "lines" (the series direction) and "positions" along them.
  const line = (i: number, from: number, to: number): Rect =>
    by === "Columns" ? { top: rect.top + from, bottom: rect.top + to, left: rect.left + i, right: rect.left + i } : { left: rect.left + from, right: rect.left + to, top: rect.top + i, bottom: rect.top + i };
  const at = (i: number, p: number) => (by === "Columns" ? isText(sheet, rect.top + p, rect.left + i) : isText(sheet, rect.top + i, rect.left + p));
  const nLines = by === "Columns" ? cols : rows;
  const nPos = by === "Columns" ? rows : cols;
  const hasNames = nPos > 1 && Array.from({ length: nLines }, (_x, i) => i).every((i) => at(i, 0) || cellAt(sheet, by === "Columns" ? rect.top : rect.top + i, by === "Columns" ? rect.left + i : rect.left) === undefined);
  const first = hasNames ? 1 : 0;
  const hasCategories = nLines > 1 && Array.from({ length: nPos - first }, (_x, p) => p + first).every((p) => at(0, p));
  const series: ChartSeriesModel[] = [];
  for (let i = hasCategories ? 1 : 0; i < nLines; i++) {
    const nameCell = by === "Columns" ? cellAt(sheet, rect.top, rect.left + i) : cellAt(sheet, rect.top + i, rect.left);
    series.push({
      name: hasNames ? String(nameCell?.value ?? "") : `Series${series.length + 1}`,
      values: address(sheet, line(i, first, nPos - 1)),
      ...(hasCategories ? { xValues: address(sheet, line(0, first, nPos - 1)) } : {}),
    });
  }
  return { by, series };
}

export class ChartCollection extends ClientCollection<SheetModel, Chart> {
  protected override _itemTargets(s: SheetModel): unknown[] {
    return s.charts.map((chart) => ({ sheet: s, chart }));
  }
  protected override _makeItem(target: (e: Exec) => unknown): Chart {
    return new Chart(this.context, (e) => live(target(e) as ChartTarget), { parent: this, name: "item" });
  }

  add(type: string, sourceData: Range, seriesBy?: string): Chart {
    return this._method(
      new Chart(
        this.context,
        (e) => {
          const s = this._need(e);
          e.writable(s);
          if (!CHART_TYPES.includes(type)) fail(ErrorCodes.invalidArgument, `"${type}" is not a chart type.`);
          if (seriesBy !== undefined && !["Auto", "Columns", "Rows"].includes(seriesBy)) fail(ErrorCodes.invalidArgument, `"${seriesBy}" is not a ChartSeriesBy value.`);
          const src = sourceData._need(e);
          const { by, series } = seriesFrom(src, seriesBy ?? "Auto");
          let n = s.charts.length + 1;
          while (s.charts.some((c) => c.name === `Chart ${n}`)) n++;
          const chart: ChartModel = {
            id: e.model._nextId("{CHART-") + "}",
            name: `Chart ${n}`,
            type,
            title: "",
            titleVisible: false,
            seriesBy: by,
            series,
            valueAxis: {},
            categoryAxis: {},
          };
          s.charts.push(chart);
          return { sheet: s, chart };
        },
        { parent: this, name: "add", args: [type, sourceData, seriesBy ?? "Auto"] },
      ),
    );
  }

  private _find(name: string, args: unknown[], find: (s: SheetModel) => ChartModel | undefined, orNull: boolean): Chart {
    return this._method(
      new Chart(
        this.context,
        (e) => {
          const s = this._need(e);
          const chart = find(s);
          if (chart) return { sheet: s, chart };
          return orNull ? null : fail(ErrorCodes.itemNotFound, `The chart ${String(args[0])} doesn't exist.`);
        },
        { parent: this, name, args },
      ),
    );
  }
  getItem(name: string): Chart {
    return this._find("getItem", [name], (s) => s.charts.find((c) => c.name === name), false);
  }
  getItemOrNullObject(name: string): Chart {
    return this._find("getItemOrNullObject", [name], (s) => s.charts.find((c) => c.name === name), true);
  }
  getItemAt(index: number): Chart {
    return this._find("getItemAt", [index], (s) => s.charts[index], false);
  }
  getCount(): ClientResult<number> {
    return this._result("getCount", [], (e) => this._need(e).charts.length);
  }
}

function writeChart(t: ChartTarget, exec: Exec, change: (c: ChartModel) => void): void {
  live(t);
  exec.writable(t.sheet);
  change(t.chart);
}

const CHART_PROPS: Props<ChartTarget> = {
  id: { get: (t) => t.chart.id },
  name: {
    get: (t) => t.chart.name,
    set: (t, v, exec) =>
      writeChart(t, exec, (c) => {
        if (typeof v !== "string" || v === "") fail(ErrorCodes.invalidArgument, "A chart name is non-empty text.");
        c.name = v;
      }),
  },
  chartType: {
    get: (t) => t.chart.type,
    set: (t, v, exec) =>
      writeChart(t, exec, (c) => {
        if (!CHART_TYPES.includes(v as string)) fail(ErrorCodes.invalidArgument, `"${String(v)}" is not a chart type.`);
        c.type = v as string;
      }),
  },
};

export class Chart extends ClientObject<ChartTarget> {
  protected override _props(): Props<ChartTarget> {
    return CHART_PROPS;
  }
  protected override _navs(): readonly string[] {
    return ["title", "series", "axes"];
  }
  get id(): string {
    return this._get("id");
  }
  get name(): string {
    return this._get("name");
  }
  set name(v: string) {
    this._set("name", v);
  }
  get chartType(): string {
    return this._get("chartType");
  }
  set chartType(v: string) {
    this._set("chartType", v);
  }
  get title(): ChartTitle {
    return this._child("title", () => new ChartTitle(this.context, (e) => this._resolve(e), { parent: this, name: "title" }));
  }
  get series(): ChartSeriesCollection {
    return this._child("series", () => new ChartSeriesCollection(this.context, (e) => this._resolve(e), { parent: this, name: "series" }));
  }
  get axes(): ChartAxes {
    return this._child("axes", () => new ChartAxes(this.context, (e) => this._resolve(e), { parent: this, name: "axes" }));
  }
  delete(): void {
    this._queue("delete", [], (e) => {
      const t = this._need(e);
      writeChart(t, e, (c) => t.sheet.charts.splice(t.sheet.charts.indexOf(c), 1));
    });
  }
  setPosition(startCell: Range | string, endCell?: Range | string): void {
    this._queue("setPosition", [startCell, endCell ?? null], (e) => {
      const t = this._need(e);
      const start = rectAddress(otherRect(t.sheet, startCell, e));
      const end = endCell === undefined ? undefined : rectAddress(otherRect(t.sheet, endCell, e));
      writeChart(t, e, (c) => (c.position = end === undefined ? { start } : { start, end }));
    });
  }
}

const TITLE_PROPS: Props<ChartTarget> = {
  text: {
    get: (t) => t.chart.title,
    set: (t, v, exec) =>
      writeChart(t, exec, (c) => {
        c.title = String(v);
        c.titleVisible = true;
      }),
  },
  visible: { get: (t) => t.chart.titleVisible, set: (t, v, exec) => writeChart(t, exec, (c) => (c.titleVisible = v === true)) },
};

export class ChartTitle extends ClientObject<ChartTarget> {
  protected override _props(): Props<ChartTarget> {
    return TITLE_PROPS;
  }
  get text(): string {
    return this._get("text");
  }
  set text(v: string) {
    this._set("text", v);
  }
  get visible(): boolean {
    return this._get("visible");
  }
  set visible(v: boolean) {
    this._set("visible", v);
  }
}

type AxisTarget = ChartTarget & { axis: "valueAxis" | "categoryAxis" };

export class ChartAxes extends ClientObject<ChartTarget> {
  protected override _props(): Props<ChartTarget> {
    return {};
  }
  protected override _navs(): readonly string[] {
    return ["valueAxis", "categoryAxis"];
  }
  get valueAxis(): ChartAxis {
    return this._child("valueAxis", () => new ChartAxis(this.context, (e) => ({ ...this._need(e), axis: "valueAxis" as const }), { parent: this, name: "valueAxis" }));
  }
  get categoryAxis(): ChartAxis {
    return this._child("categoryAxis", () => new ChartAxis(this.context, (e) => ({ ...this._need(e), axis: "categoryAxis" as const }), { parent: this, name: "categoryAxis" }));
  }
}

const num = (v: unknown, what: string): number => {
  if (typeof v !== "number" || !Number.isFinite(v)) fail(ErrorCodes.invalidArgument, `${what} must be a number.`);
  return v;
};

const AXIS_PROPS: Props<AxisTarget> = {
  numberFormat: {
    since: "1.8",
    get: (t) => t.chart[t.axis].numberFormat ?? "General",
    set: (t, v, exec) => writeChart(t, exec, (c) => (c[t.axis].numberFormat = String(v))),
  },
  minimum: {
    get: (t) => (t.axis === "valueAxis" ? (t.chart.valueAxis.minimum ?? null) : null),
    set: (t, v, exec) => writeChart(t, exec, (c) => (c.valueAxis.minimum = num(v, "minimum"))),
  },
  maximum: {
    get: (t) => (t.axis === "valueAxis" ? (t.chart.valueAxis.maximum ?? null) : null),
    set: (t, v, exec) => writeChart(t, exec, (c) => (c.valueAxis.maximum = num(v, "maximum"))),
  },
};

export class ChartAxis extends ClientObject<AxisTarget> {
  protected override _props(): Props<AxisTarget> {
    return AXIS_PROPS;
  }
  get numberFormat(): string {
    return this._get("numberFormat");
  }
  set numberFormat(v: string) {
    this._set("numberFormat", v);
  }
  get minimum(): number {
    return this._get("minimum");
  }
  set minimum(v: number) {
    this._set("minimum", v);
  }
  get maximum(): number {
    return this._get("maximum");
  }
  set maximum(v: number) {
    this._set("maximum", v);
  }
}

type SeriesTarget = ChartTarget & { series: ChartSeriesModel };

function liveSeries(t: SeriesTarget): SeriesTarget {
  live(t);
  if (!t.chart.series.includes(t.series)) fail(ErrorCodes.itemNotFound, "The series no longer exists.");
  return t;
}

export class ChartSeriesCollection extends ClientCollection<ChartTarget, ChartSeries> {
  protected override _itemTargets(t: ChartTarget): unknown[] {
    return t.chart.series.map((series) => ({ ...t, series }));
  }
  protected override _makeItem(target: (e: Exec) => unknown): ChartSeries {
    return new ChartSeries(this.context, (e) => liveSeries(target(e) as SeriesTarget), { parent: this, name: "item" });
  }
  add(name?: string, index?: number): ChartSeries {
    return this._method(
      new ChartSeries(
        this.context,
        (e) => {
          e.requires("1.7", "series.add");
          const t = this._need(e);
          const series: ChartSeriesModel = { name: name ?? `Series${t.chart.series.length + 1}` };
          writeChart(t, e, (c) => c.series.splice(index ?? c.series.length, 0, series));
          return { ...t, series };
        },
        { parent: this, name: "add", args: [name ?? null, index ?? null] },
      ),
    );
  }
  getItemAt(index: number): ChartSeries {
    return this._method(
      new ChartSeries(
        this.context,
        (e) => {
          const t = this._need(e);
          const series = t.chart.series[index] ?? fail(ErrorCodes.itemNotFound, `No series at ${index}.`);
          return { ...t, series };
        },
        { parent: this, name: "getItemAt", args: [index] },
      ),
    );
  }
  getCount(): ClientResult<number> {
    return this._result("getCount", [], (e) => this._need(e).chart.series.length);
  }
}

const SERIES_PROPS: Props<SeriesTarget> = {
  name: { get: (t) => t.series.name, set: (t, v, exec) => writeChart(liveSeries(t), exec, () => (t.series.name = String(v))) },
};

export class ChartSeries extends ClientObject<SeriesTarget> {
  protected override _props(): Props<SeriesTarget> {
    return SERIES_PROPS;
  }
  protected override _navs(): readonly string[] {
    return ["format"];
  }
  get name(): string {
    return this._get("name");
  }
  set name(v: string) {
    this._set("name", v);
  }
  private _source(name: string, range: Range, field: "values" | "xValues"): void {
    this._queue(name, [range], (e) => {
      e.requires("1.7", name);
      const t = liveSeries(this._need(e));
      const src = range._need(e);
      writeChart(t, e, () => (t.series[field] = address(src.sheet, src.rect)));
    });
  }
  setValues(sourceData: Range): void {
    this._source("setValues", sourceData, "values");
  }
  setXAxisValues(sourceData: Range): void {
    this._source("setXAxisValues", sourceData, "xValues");
  }
  delete(): void {
    this._queue("delete", [], (e) => {
      const t = liveSeries(this._need(e));
      writeChart(t, e, (c) => c.series.splice(c.series.indexOf(t.series), 1));
    });
  }
  get format(): ChartSeriesFormat {
    return this._child("format", () => new ChartSeriesFormat(this.context, (e) => this._resolve(e), { parent: this, name: "format" }));
  }
}

export class ChartSeriesFormat extends ClientObject<SeriesTarget> {
  protected override _props(): Props<SeriesTarget> {
    return {};
  }
  get fill(): ChartFill {
    return this._child("fill", () => new ChartFill(this.context, (e) => this._resolve(e), { parent: this, name: "fill" }));
  }
}

export class ChartFill extends ClientObject<SeriesTarget> {
  protected override _props(): Props<SeriesTarget> {
    return {};
  }
  setSolidColor(c: string): void {
    this._queue("setSolidColor", [c], (e) => {
      const t = liveSeries(this._need(e));
      writeChart(t, e, () => (t.series.color = color(c)));
    });
  }
  clear(): void {
    this._queue("clear", [], (e) => {
      const t = liveSeries(this._need(e));
      writeChart(t, e, () => delete t.series.color);
    });
  }
}
