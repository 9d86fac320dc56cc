// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartPanel.h"

#include "ui/Dialogs.h"

#include <QAction>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QGraphicsLayout>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QPainter>
#include <QSaveFile>
#include <QScatterSeries>
#include <QSvgGenerator>
#include <QValueAxis>
#include <QVBoxLayout>

#include <cmath>

namespace lifeboat::ui {
namespace {

QAbstractAxis* makeAxis(const ChartAxis& axis, QObject* parent)
{
    switch (axis.kind) {
    case ChartAxis::Kind::Log: {
        auto* a = new QLogValueAxis(parent);
        a->setBase(10);
        a->setLabelFormat(axis.format.isEmpty() ? QStringLiteral("%.0e") : axis.format);
        a->setMinorTickCount(-1);
        if (axis.min && axis.max)
            a->setRange(*axis.min, *axis.max);
        a->setTitleText(axis.title);
        return a;
    }
    case ChartAxis::Kind::DateTime: {
        auto* a = new QDateTimeAxis(parent);
        a->setFormat(axis.format.isEmpty() ? QStringLiteral("MMM yyyy") : axis.format);
        if (axis.min && axis.max)
            a->setRange(QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(*axis.min)), QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(*axis.max)));
        a->setTickCount(7);
        a->setTitleText(axis.title);
        return a;
    }
    case ChartAxis::Kind::Categories: {
        auto* a = new QCategoryAxis(parent);
        a->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
        a->setStartValue(-0.5);
        for (int i = 0; i < axis.categories.size(); ++i)
            a->append(axis.categories.at(i), i + 0.5);
        a->setRange(-0.5, std::max<double>(0.5, static_cast<double>(axis.categories.size()) - 0.5));
        a->setTitleText(axis.title);
        return a;
    }
    case ChartAxis::Kind::Linear: break;
    }
    auto* a = new QValueAxis(parent);
    if (axis.min && axis.max) {
        a->setRange(*axis.min, *axis.max);
        a->applyNiceNumbers();   // ticks at round values
    }
    if (!axis.format.isEmpty())
        a->setLabelFormat(axis.format);
    a->setTitleText(axis.title);
    return a;
}

} // namespace

ChartPanel::ChartPanel(QWidget* parent) : QWidget(parent), m_view(new QChartView(this))
{
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setObjectName(QStringLiteral("chartView"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    auto* exportAction = new QAction(tr("Export Chart…"), this);
    connect(exportAction, &QAction::triggered, this, &ChartPanel::exportWithDialog);
    m_view->addAction(exportAction);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    setMessage(QString());
}

void ChartPanel::applyTheme()
{
    // Follow the system: a dark window gets the dark chart theme.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    m_view->chart()->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
}

void ChartPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
    QWidget::changeEvent(event);
}

void ChartPanel::setMessage(const QString& message)
{
    m_series.clear();
    auto* chart = new QChart;
    chart->setTitle(message);
    chart->legend()->hide();
    QChart* old = m_view->chart();
    m_view->setChart(chart);
    delete old;
    applyTheme();
}

void ChartPanel::setChart(const QString& title, const ChartAxis& x, const ChartAxis& y, const QList<ChartSeries>& series)
{
    m_title = title;
    m_x = x;
    m_y = y;
    m_series = series;
    auto* chart = new QChart;
    chart->setTitle(title);
    QChart* old = m_view->chart();
    m_view->setChart(chart);
    delete old;
    applyTheme();   // before the series: a theme change recolours them
    QAbstractAxis* xAxis = makeAxis(x, chart);
    QAbstractAxis* yAxis = makeAxis(y, chart);
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    const auto attach = [&](QAbstractSeries* s) {
        chart->addSeries(s);
        s->attachAxis(xAxis);
        s->attachAxis(yAxis);
    };
    for (const ChartSeries& data : series) {
        if (data.kind == ChartSeries::Kind::Intervals) {
            // One segment per pair; only the first carries the name into the legend.
            for (qsizetype i = 0; i + 1 < data.points.size(); i += 2) {
                auto* segment = new QLineSeries(chart);
                segment->append(data.points.at(i));
                segment->append(data.points.at(i + 1));
                if (data.color.isValid())
                    segment->setColor(data.color);
                segment->setName(data.name);
                attach(segment);
                if (i > 0 || !data.inLegend)
                    chart->legend()->markers(segment).value(0)->setVisible(false);
            }
            continue;
        }
        QXYSeries* s = nullptr;
        if (data.kind == ChartSeries::Kind::Points) {
            auto* scatter = new QScatterSeries(chart);
            scatter->setMarkerSize(9);
            s = scatter;
        } else {
            auto* line = new QLineSeries(chart);
            if (data.kind == ChartSeries::Kind::DashedLine) {
                QPen pen = line->pen();
                pen.setStyle(Qt::DashLine);
                line->setPen(pen);
            }
            s = line;
        }
        s->setName(data.name);
        for (const QPointF& p : data.points)
            s->append(p);
        if (data.color.isValid())
            s->setColor(data.color);
        attach(s);
        if (!data.inLegend)
            chart->legend()->markers(s).value(0)->setVisible(false);
    }
    chart->legend()->setAlignment(Qt::AlignTop);
    // Room for the data: a label per category must fit, and views are not always tall.
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setBackgroundRoundness(0);
}

QString ChartPanel::csv() const
{
    const auto field = [](QString text) -> QString {
        if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n')))
            return QLatin1Char('"') + text.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
        return text;
    };
    const auto value = [](const ChartAxis& axis, double v) {
        if (axis.kind == ChartAxis::Kind::DateTime)
            return QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(v)).date().toString(Qt::ISODate);
        if (axis.kind == ChartAxis::Kind::Categories) {
            const qsizetype i = std::llround(v);
            return axis.categories.value(i, QString::number(v));
        }
        return QString::number(v, 'g', 10);
    };
    QString out = field(tr("series")) + QLatin1Char(',') + field(m_x.title) + QLatin1Char(',') + field(m_y.title) + QLatin1Char('\n');
    for (const ChartSeries& s : m_series)
        for (const QPointF& p : s.points)
            out += field(s.name) + QLatin1Char(',') + field(value(m_x, p.x())) + QLatin1Char(',') + field(value(m_y, p.y())) + QLatin1Char('\n');
    return out;
}

bool ChartPanel::exportPng(const QString& path, QString* error) const
{
    if (!m_view->grab().save(path, "PNG")) {
        if (error)
            *error = tr("Could not write %1.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}

bool ChartPanel::exportSvg(const QString& path, QString* error) const
{
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(m_view->size());
    svg.setViewBox(QRect(QPoint(0, 0), m_view->size()));
    svg.setTitle(m_title);
    QPainter painter;
    if (!painter.begin(&svg)) {
        if (error)
            *error = tr("Could not write %1.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    m_view->render(&painter);
    painter.end();
    return true;
}

bool ChartPanel::exportCsv(const QString& path, QString* error) const
{
    QSaveFile file(path);
    const QByteArray bytes = csv().toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

void ChartPanel::exportWithDialog()
{
    QString suggestion = m_title.isEmpty() ? QStringLiteral("chart") : m_title;
    suggestion.replace(QLatin1Char('/'), QLatin1Char('-'));
    const QString path = Dialogs::exportFileName(this, QDir::home().filePath(suggestion + QStringLiteral(".png")));
    if (path.isEmpty())
        return;
    const QString suffix = QFileInfo(path).suffix().toLower();
    QString error;
    const bool ok = suffix == QLatin1String("svg") ? exportSvg(path, &error) : suffix == QLatin1String("csv") ? exportCsv(path, &error) : exportPng(path, &error);
    if (!ok)
        Dialogs::showExportError(this, error);
}

} // namespace lifeboat::ui
