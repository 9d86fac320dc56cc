// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QPointF>
#include <QStringList>
#include <QWidget>

#include <optional>

class QChartView;

namespace lifeboat::ui {

// What a chart shows, in plain values: the views describe their charts with these and
// never touch Qt Charts, which lives in ChartPanel.cpp alone. Qt Charts is deprecated from
// Qt 6.10 in favour of Qt Graphs (shared/notes/style.md §5); this file pair is where a move
// would happen.
struct ChartSeries {
    enum class Kind { Points, Line, DashedLine, Intervals };
    QString name;
    Kind kind = Kind::Line;
    QList<QPointF> points;     // Intervals: consecutive pairs, each drawn as one segment
    QColor color;              // invalid: the theme's next colour
    bool inLegend = true;
};

struct ChartAxis {
    enum class Kind { Linear, Log, DateTime, Categories };
    Kind kind = Kind::Linear;
    QString title;
    QStringList categories;    // Categories: label i sits at position i
    QString format;            // DateTime: a QDateTime format; Linear/Log: a printf format
    std::optional<double> min;
    std::optional<double> max;
};

class ChartPanel : public QWidget {
    Q_OBJECT
public:
    explicit ChartPanel(QWidget* parent = nullptr);

    void setChart(const QString& title, const ChartAxis& x, const ChartAxis& y, const QList<ChartSeries>& series);
    // A sentence in place of the chart (no data yet, or why there is none).
    void setMessage(const QString& message);
    const QList<ChartSeries>& series() const { return m_series; }
    QString title() const { return m_title; }

    // The numbers behind the chart: series, x, y (DateTime x as ISO dates, Categories as labels).
    QString csv() const;
    bool exportPng(const QString& path, QString* error) const;
    bool exportSvg(const QString& path, QString* error) const;
    bool exportCsv(const QString& path, QString* error) const;
    // Asks for a file name (Dialogs' seam) and writes the format its suffix names.
    void exportWithDialog();

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyTheme();

    QChartView* m_view;
    QString m_title;
    ChartAxis m_x;
    ChartAxis m_y;
    QList<ChartSeries> m_series;
};

} // namespace lifeboat::ui
