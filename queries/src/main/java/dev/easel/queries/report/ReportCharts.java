package dev.easel.queries.report;

import dev.easel.queries.QueryResult;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.PieChart;
import org.knowm.xchart.PieChartBuilder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.CategoryStyler;
import org.knowm.xchart.style.PieStyler;
import org.knowm.xchart.style.Styler;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Draws the report's charts with XChart (headless), each as PNG and SVG; a chart with no data is left out. */
final class ReportCharts {

    static final int WIDTH = 800;
    static final int HEIGHT = 450;

    private static final Color[] PALETTE = {
            new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c), new Color(0xd62728), new Color(0x9467bd),
            new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f)};

    private ReportCharts() {
    }

    static List<ReportChart> draw(ReportData data) {
        List<ReportChart> charts = new ArrayList<>();
        unsafeShare(data.unsafeShare(), charts);
        unsafeDistribution(data.unsafeDistribution(), charts);
        nativeLibraries(data.nativeLibraries(), charts);
        pie("ffi-exposure", "FFI exposure of crates (latest analysed versions)", data.ffiExposure(), "exposure",
                "crates", charts);
        pie("build-outcomes", "Build outcomes (analysed versions)", data.buildOutcomes(), "status", "versions", charts);
        advisoryExposure(data.advisoryExposure(), charts);
        return charts;
    }

    private static void unsafeShare(QueryResult share, List<ReportChart> charts) {
        if (share.size() == 0 || share.getLong(0, "crates_with_code") == 0) {
            return;
        }
        CategoryChart chart = category("Unsafe in crates with code: this corpus vs Rust Foundation 2024",
                "", "% of crates with code");
        List<String> x = List.of("use unsafe", "call into a crate using unsafe");
        chart.addSeries("this corpus", x,
                List.of(share.getDouble(0, "unsafe_share_pct"), share.getDouble(0, "calling_unsafe_share_pct")));
        chart.addSeries("Rust Foundation 2024", x,
                List.of(RustFoundation2024.UNSAFE_SHARE_PCT, RustFoundation2024.CALLS_UNSAFE_SHARE_PCT));
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(100.0);
        charts.add(render("unsafe-share", chart.getTitle(), chart));
    }

    private static void unsafeDistribution(QueryResult distribution, List<ReportChart> charts) {
        long total = 0;
        List<String> buckets = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        for (int i = 0; i < distribution.size(); i++) {
            buckets.add((String) distribution.get(i, "bucket"));
            counts.add(distribution.getLong(i, "crates"));
            total += distribution.getLong(i, "crates");
        }
        if (total == 0) {
            return;
        }
        // the buckets are powers of ten: a logarithmic scale of unsafe_total on the x axis
        CategoryChart chart = category("Crates by unsafe_total (logarithmic buckets)", "unsafe_total", "crates");
        chart.addSeries("crates", buckets, counts);
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisDecimalPattern("#,##0");
        charts.add(render("unsafe-distribution", chart.getTitle(), chart));
    }

    private static void nativeLibraries(QueryResult libraries, List<ReportChart> charts) {
        int n = Math.min(libraries.size(), 10);
        if (n == 0) {
            return;
        }
        List<String> names = new ArrayList<>();
        List<Long> direct = new ArrayList<>();
        List<Long> transitive = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            names.add((String) libraries.get(i, "library"));
            direct.add(libraries.getLong(i, "direct_dependents"));
            transitive.add(libraries.getLong(i, "transitive_dependents"));
        }
        CategoryChart chart = category("Top native libraries by dependent crates", "native library", "crates");
        chart.addSeries("link it directly", names, direct);
        chart.addSeries("reach it through dependencies", names, transitive);
        chart.getStyler().setYAxisDecimalPattern("#,##0");
        chart.getStyler().setXAxisLabelRotation(names.stream().mapToInt(String::length).sum() > 60 ? 30 : 0);
        charts.add(render("native-libraries", chart.getTitle(), chart));
    }

    /** Per advisory naming functions: crates a lock-file audit flags beside those that reach a named function. */
    private static void advisoryExposure(QueryResult exposure, List<ReportChart> charts) {
        List<String> ids = new ArrayList<>();
        List<Long> audited = new ArrayList<>();
        List<Long> reaching = new ArrayList<>();
        for (int i = 0; i < exposure.size() && ids.size() < 10; i++) {
            if (exposure.get(i, "reaching") != null) {
                ids.add((String) exposure.get(i, "advisory"));
                audited.add(exposure.getLong(i, "audited"));
                reaching.add(exposure.getLong(i, "reaching"));
            }
        }
        if (ids.isEmpty()) {
            return;
        }
        CategoryChart chart = category("Advisories naming functions: audit findings vs call-graph reach", "advisory",
                "crates");
        chart.addSeries("resolve an affected version", ids, audited);
        chart.addSeries("reach a named function", ids, reaching);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisDecimalPattern("#,##0");
        chart.getStyler().setXAxisLabelRotation(ids.size() > 4 ? 30 : 0);
        charts.add(render("advisory-exposure", chart.getTitle(), chart));
    }

    private static void pie(String name, String title, QueryResult result, String labelColumn, String valueColumn,
                            List<ReportChart> charts) {
        PieChart chart = new PieChartBuilder().width(WIDTH).height(HEIGHT).title(title).build();
        style(chart.getStyler());
        PieStyler pie = chart.getStyler();
        pie.setLabelType(PieStyler.LabelType.NameAndValue);
        pie.setLabelsDistance(1.12);
        pie.setForceAllLabelsVisible(true);
        pie.setSumVisible(false);
        // automatic label colours are white on dark slices, and the labels sit outside the pie, on white
        pie.setLabelsFontColorAutomaticEnabled(false);
        pie.setLabelsFontColor(Color.DARK_GRAY);
        pie.setLegendPosition(Styler.LegendPosition.OutsideE);
        long total = 0;
        for (int i = 0; i < result.size(); i++) {
            long value = result.getLong(i, valueColumn);
            if (value > 0) {
                chart.addSeries(String.valueOf(result.get(i, labelColumn)), value);
                total += value;
            }
        }
        if (total > 0) {
            charts.add(render(name, title, chart));
        }
    }

    private static CategoryChart category(String title, String xTitle, String yTitle) {
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(title)
                .xAxisTitle(xTitle).yAxisTitle(yTitle).build();
        CategoryStyler styler = chart.getStyler();
        style(styler);
        styler.setLocale(Locale.ROOT);
        styler.setLegendPosition(Styler.LegendPosition.InsideNE);
        styler.setOverlapped(false);
        styler.setLabelsVisible(true);
        styler.setAvailableSpaceFill(0.7);
        styler.setYAxisDecimalPattern("#,##0.##");
        return chart;
    }

    private static void style(Styler styler) {
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setSeriesColors(PALETTE);
        styler.setChartTitleBoxVisible(false);
        styler.setLegendBorderColor(Color.LIGHT_GRAY);
    }

    private static ReportChart render(String name, String title, Chart<?, ?> chart) {
        try {
            byte[] png = BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
            ByteArrayOutputStream svg = new ByteArrayOutputStream();
            VectorGraphicsEncoder.saveVectorGraphic(chart, svg, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
            return new ReportChart(name, title, png, svg.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot draw chart " + name, e);
        }
    }
}
