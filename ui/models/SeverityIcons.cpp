// SPDX-License-Identifier: GPL-3.0-or-later
#include "SeverityIcons.h"

#include <QApplication>
#include <QStyle>

namespace lifeboat::ui {

QVariant severityIcon(plan::Severity severity)
{
    QStyle* style = QApplication::style();
    switch (severity) {
    case plan::Severity::Error: return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case plan::Severity::Warning: return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case plan::Severity::Info: return style->standardIcon(QStyle::SP_MessageBoxInformation);
    case plan::Severity::Invalid: break;
    }
    return {};
}

} // namespace lifeboat::ui
