// SPDX-License-Identifier: GPL-3.0-or-later
#include "PendingView.h"

namespace lifeboat::ui {

PendingView::PendingView(const QString& sentence, QWidget* parent) : QLabel(sentence, parent)
{
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setMargin(24);
}

} // namespace lifeboat::ui
