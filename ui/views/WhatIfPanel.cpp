// SPDX-License-Identifier: GPL-3.0-or-later
#include "WhatIfPanel.h"

#include "ui/presenters/PlanAnalysis.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QPushButton>
#include <QSpinBox>

namespace lifeboat::ui {
namespace {

constexpr double kMegabyte = 1e6;

// A spin box whose lowest value means "as in the plan".
QDoubleSpinBox* optionalSpinBox(QWidget* parent, double max, double step, int decimals, const QString& suffix, const QString& objectName)
{
    auto* box = new QDoubleSpinBox(parent);
    box->setObjectName(objectName);
    box->setRange(-1, max);
    box->setSingleStep(step);
    box->setDecimals(decimals);
    box->setSuffix(suffix);
    box->setSpecialValueText(WhatIfPanel::tr("as in the plan"));
    box->setValue(-1);
    box->setKeyboardTracking(false);   // typed numbers apply on Enter or leaving the field
    return box;
}

std::optional<double> optionalValue(const QDoubleSpinBox* box, double scale = 1)
{
    if (!box || box->value() < 0)
        return std::nullopt;
    return box->value() * scale;
}

} // namespace

WhatIfPanel::WhatIfPanel(PlanAnalysis* analysis, int fields, QWidget* parent) : QWidget(parent), m_analysis(analysis)
{
    auto* form = new QFormLayout(this);
    if (fields & FailureRates) {
        m_afr = new QDoubleSpinBox(this);
        m_afr->setObjectName(QStringLiteral("afrFactorSpinBox"));
        m_afr->setRange(0, 20);
        m_afr->setSingleStep(0.25);
        m_afr->setDecimals(2);
        m_afr->setSuffix(tr(" ×"));
        m_afr->setValue(1);
        m_afr->setKeyboardTracking(false);
        m_afr->setToolTip(tr("Every node role's annual failure rate times this."));
        form->addRow(tr("Node failure rates"), m_afr);
    }
    if (fields & RepairBandwidth) {
        m_repair = optionalSpinBox(this, 1e6, 50, 0, tr(" MB/s"), QStringLiteral("repairSpinBox"));
        m_repair->setToolTip(tr("Re-replication bandwidth per node: a node's repair time is the bytes on it over this."));
        form->addRow(tr("Repair bandwidth"), m_repair);
    }
    if (fields & RestoreBandwidth) {
        m_restore = optionalSpinBox(this, 1e6, 50, 0, tr(" MB/s"), QStringLiteral("restoreSpinBox"));
        m_restore->setToolTip(tr("Restore bandwidth, for the RTO figures."));
        form->addRow(tr("Restore bandwidth"), m_restore);
    }
    if (fields & Outages) {
        m_rackOutages = optionalSpinBox(this, 100, 0.1, 2, tr(" a year"), QStringLiteral("rackOutagesSpinBox"));
        m_rackOutages->setToolTip(tr("Outages of each rack per year (all its nodes at once)."));
        form->addRow(tr("Rack outages"), m_rackOutages);
        m_siteOutages = optionalSpinBox(this, 100, 0.05, 2, tr(" a year"), QStringLiteral("siteOutagesSpinBox"));
        m_siteOutages->setToolTip(tr("Outages of each site per year."));
        form->addRow(tr("Site outages"), m_siteOutages);
    }
    if (fields & BackupInterval) {
        m_interval = new QComboBox(this);
        m_interval->setObjectName(QStringLiteral("intervalComboBox"));
        m_interval->addItem(tr("as in the plan"), 0);
        for (int h : model::PlanWhatIf::backupIntervals())
            m_interval->addItem(h == 168 ? tr("every week") : h == 24 ? tr("every day") : tr("every %n hour(s)", nullptr, h), h);
        m_interval->setToolTip(tr("Every policy backs up this often (on the hour, in its own time zone)."));
        form->addRow(tr("Backups"), m_interval);
    }
    if (fields & KeepDaily) {
        m_keepDaily = new QSpinBox(this);
        m_keepDaily->setObjectName(QStringLiteral("keepDailySpinBox"));
        m_keepDaily->setRange(-1, 3650);
        m_keepDaily->setSpecialValueText(tr("as in the plan"));
        m_keepDaily->setValue(-1);
        m_keepDaily->setSuffix(tr(" days"));
        m_keepDaily->setKeyboardTracking(false);
        m_keepDaily->setToolTip(tr("Every policy keeps one restore point a day for this many days (its other rules stay)."));
        form->addRow(tr("Keep daily"), m_keepDaily);
    }
    if (fields & Growth) {
        m_growth = new QDoubleSpinBox(this);
        m_growth->setObjectName(QStringLiteral("growthSpinBox"));
        m_growth->setRange(0, 20);
        m_growth->setSingleStep(0.25);
        m_growth->setValue(1);
        m_growth->setSuffix(tr(" ×"));
        m_growth->setKeyboardTracking(false);
        m_growth->setToolTip(tr("Every dataset's growth per month times this."));
        form->addRow(tr("Growth"), m_growth);
    }
    if (fields & Ratios) {
        m_dedup = optionalSpinBox(this, 100, 0.1, 2, tr(" : 1"), QStringLiteral("dedupSpinBox"));
        m_dedup->setMinimum(0.99);   // below 1: "as in the plan"
        m_dedup->setValue(0.99);
        form->addRow(tr("Dedup ratio"), m_dedup);
        m_compression = optionalSpinBox(this, 100, 0.1, 2, tr(" : 1"), QStringLiteral("compressionSpinBox"));
        m_compression->setMinimum(0.99);
        m_compression->setValue(0.99);
        form->addRow(tr("Compression ratio"), m_compression);
    }
    auto* reset = new QPushButton(tr("Reset to the plan"), this);
    reset->setObjectName(QStringLiteral("resetWhatIfButton"));
    connect(reset, &QPushButton::clicked, this, [this] { m_analysis->setWhatIf(model::PlanWhatIf{}); });
    form->addRow(reset);

    for (QDoubleSpinBox* box : findChildren<QDoubleSpinBox*>())
        connect(box, &QDoubleSpinBox::valueChanged, this, &WhatIfPanel::push);
    if (m_keepDaily)
        connect(m_keepDaily, &QSpinBox::valueChanged, this, &WhatIfPanel::push);
    if (m_interval)
        connect(m_interval, &QComboBox::currentIndexChanged, this, &WhatIfPanel::push);
    connect(analysis, &PlanAnalysis::whatIfChanged, this, &WhatIfPanel::pull);
}

void WhatIfPanel::push()
{
    if (m_pulling)
        return;
    model::PlanWhatIf w = m_analysis->whatIf();
    if (m_afr)
        w.afrFactor = m_afr->value();
    if (m_repair)
        w.repairBytesPerSecond = optionalValue(m_repair, kMegabyte);
    if (m_restore)
        w.restoreBytesPerSecond = optionalValue(m_restore, kMegabyte);
    if (m_rackOutages) {
        const auto rack = optionalValue(m_rackOutages);
        rack ? void(w.outagesPerYear.insert(QStringLiteral("rack"), *rack)) : void(w.outagesPerYear.remove(QStringLiteral("rack")));
        const auto site = optionalValue(m_siteOutages);
        site ? void(w.outagesPerYear.insert(QStringLiteral("site"), *site)) : void(w.outagesPerYear.remove(QStringLiteral("site")));
    }
    if (m_interval) {
        const int h = m_interval->currentData().toInt();
        w.backupIntervalHours = h > 0 ? std::optional<int>(h) : std::nullopt;
    }
    if (m_keepDaily)
        w.keepDaily = m_keepDaily->value() >= 0 ? std::optional<int>(m_keepDaily->value()) : std::nullopt;
    if (m_growth)
        w.growthFactor = m_growth->value();
    if (m_dedup) {
        w.dedupRatio = m_dedup->value() >= 1 ? std::optional<double>(m_dedup->value()) : std::nullopt;
        w.compressionRatio = m_compression->value() >= 1 ? std::optional<double>(m_compression->value()) : std::nullopt;
    }
    m_analysis->setWhatIf(w);
}

void WhatIfPanel::pull()
{
    m_pulling = true;
    const model::PlanWhatIf& w = m_analysis->whatIf();
    if (m_afr)
        m_afr->setValue(w.afrFactor);
    if (m_repair)
        m_repair->setValue(w.repairBytesPerSecond ? *w.repairBytesPerSecond / kMegabyte : -1);
    if (m_restore)
        m_restore->setValue(w.restoreBytesPerSecond ? *w.restoreBytesPerSecond / kMegabyte : -1);
    if (m_rackOutages) {
        m_rackOutages->setValue(w.outagesPerYear.value(QStringLiteral("rack"), -1));
        m_siteOutages->setValue(w.outagesPerYear.value(QStringLiteral("site"), -1));
    }
    if (m_interval)
        m_interval->setCurrentIndex(std::max(0, m_interval->findData(w.backupIntervalHours.value_or(0))));
    if (m_keepDaily)
        m_keepDaily->setValue(w.keepDaily.value_or(-1));
    if (m_growth)
        m_growth->setValue(w.growthFactor);
    if (m_dedup) {
        m_dedup->setValue(w.dedupRatio.value_or(0.99));
        m_compression->setValue(w.compressionRatio.value_or(0.99));
    }
    m_pulling = false;
}

} // namespace lifeboat::ui
